package org.jixiao.targeting.events;

import org.jixiao.sharedkernel.events.EventHeader;
import org.jixiao.sharedkernel.events.StageEvent;

/** Finance published (公开) revision {@code revision} of a target together with the budget; it is public from now on. */
public record TargetPublished(EventHeader header, int revision) implements StageEvent {
}
