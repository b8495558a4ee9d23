package org.jixiao.evaluation.domain;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** A self-evaluation is its target's: one per target in force, identified by the target's id. */
public record SelfEvaluationId(UUID target) implements Identifier {

    public SelfEvaluationId {
        Objects.requireNonNull(target, "target");
    }
}
