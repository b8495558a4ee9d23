package org.jixiao.monitoring.domain;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** A report is one target's in one round. */
public record ReportId(RoundId round, UUID target) implements Identifier {

    public ReportId {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(target, "target");
    }

    /** The report as one UUID, for event headers: name-based (version 3) of "monitoring-report:{round}:{target}". */
    public UUID uuid() {
        return UUID.nameUUIDFromBytes(("monitoring-report:" + round.value() + ":" + target).getBytes(StandardCharsets.UTF_8));
    }
}
