package org.jixiao.monitoring.domain;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** A report is one target's in one round. */
public record ReportId(RoundId round, UUID target) implements Identifier {

    public ReportId {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(target, "target");
    }
}
