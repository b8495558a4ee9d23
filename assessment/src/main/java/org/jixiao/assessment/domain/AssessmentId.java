package org.jixiao.assessment.domain;

import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

public record AssessmentId(UUID value) implements Identifier {

    public static AssessmentId create() {
        return new AssessmentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
