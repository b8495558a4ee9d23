package org.jixiao.evaluation.domain;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

public record KeyEvaluationId(UUID value) implements Identifier {

    public KeyEvaluationId {
        Objects.requireNonNull(value, "value");
    }
}
