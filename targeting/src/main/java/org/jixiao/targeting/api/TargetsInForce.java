package org.jixiao.targeting.api;

import java.util.List;
import java.util.UUID;

import org.jixiao.sharedkernel.access.Scope;
import org.jixiao.targeting.events.TargetApproved;
import org.jspecify.annotations.Nullable;

/**
 * The targets in force, for a later stage to fill or rebuild its own copy (a projection) without a request: the
 * same facts as the {@link TargetApproved} events that approved them, so one listener method serves both. Work
 * without a request names its {@link Scope} explicitly; nothing here asks who is calling.
 * <p>
 * A replayed approval has a stable event id (derived from target id and revision), {@code occurredAt} the time of
 * finance's approval, and the target's current version as its aggregate version. Key a copy on (target id,
 * revision), as for the live events.
 */
public interface TargetsInForce {

    /** The most a page holds. */
    int MAX_PAGE = 1000;

    /**
     * Up to {@code limit} (1–{@value #MAX_PAGE}) targets in force in {@code scope}, ordered by target id, after the
     * target {@code after} (null: from the first). An empty list is the end.
     */
    List<TargetApproved> after(Scope scope, @Nullable UUID after, int limit);
}
