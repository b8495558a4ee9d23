package org.jixiao.targeting.domain;

import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

public record TargetId(UUID value) implements Identifier {

    public static TargetId create() {
        return new TargetId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
