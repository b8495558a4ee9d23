package org.jixiao.evaluation.domain;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

public record SpotCheckId(UUID value) implements Identifier {

    public SpotCheckId {
        Objects.requireNonNull(value, "value");
    }
}
