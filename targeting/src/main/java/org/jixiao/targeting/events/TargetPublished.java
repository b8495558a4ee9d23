package org.jixiao.targeting.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/** Finance published (公开) revision {@code revision} of a target together with the budget. */
public record TargetPublished(UUID targetId, int revision, int fiscalYear, String unitCode, String regionCode)
        implements DomainEvent {
}
