package org.jixiao.sharedkernel.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What every stage event says besides its fact, so that a consumer can de-duplicate it ({@code eventId}), order it
 * ({@code aggregateId} and {@code aggregateVersion}: a higher version of the same aggregate is later), and scope it
 * (fiscal year, region, unit and the unit's organisation path, for subtree queries) without asking anyone.
 *
 * @param aggregateVersion the version of the aggregate this change produced; it grows with every change
 * @param unitPath         the owning unit's organisation path, {@code /650000/650100/650121/D01/U0101/}
 */
public record EventHeader(UUID eventId, Instant occurredAt, int fiscalYear, String regionCode, String unitCode,
                          String unitPath, UUID aggregateId, long aggregateVersion) {

    public EventHeader {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(unitPath, "unitPath");
        Objects.requireNonNull(aggregateId, "aggregateId");
    }

    /** A header for a change happening now, with a fresh event id. */
    public static EventHeader of(Instant occurredAt, int fiscalYear, String regionCode, String unitCode,
            String unitPath, UUID aggregateId, long aggregateVersion) {
        return new EventHeader(UUID.randomUUID(), occurredAt, fiscalYear, regionCode, unitCode, unitPath, aggregateId,
                aggregateVersion);
    }
}
