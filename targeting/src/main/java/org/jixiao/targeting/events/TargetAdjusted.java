package org.jixiao.targeting.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * An adjustment (调整) of a target was approved: revision {@code toRevision} is in force from now on instead of
 * {@code fromRevision}. The TargetApproved published with it carries the new content and indicators.
 */
public record TargetAdjusted(UUID targetId, int fromRevision, int toRevision, int fiscalYear, String unitCode,
                             String regionCode) implements DomainEvent {
}
