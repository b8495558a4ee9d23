package org.jixiao.monitoring.domain;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

public record RoundId(UUID value) implements Identifier {

    public RoundId {
        Objects.requireNonNull(value, "value");
    }

    public static RoundId create() {
        return new RoundId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
