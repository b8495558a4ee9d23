package org.jixiao.sharedkernel.events;

import org.jmolecules.event.types.DomainEvent;

/**
 * An event one stage of the loop publishes for the later ones (the published language): an immutable record in the
 * stage's {@code events} named interface, typed with the enums a consumer needs, one event per fact, with the
 * common {@link EventHeader}. Consumers are idempotent: the same event may be delivered again after a crash.
 */
public interface StageEvent extends DomainEvent {

    EventHeader header();
}
