package org.jixiao.evaluation.api;

import java.util.List;
import java.util.UUID;

import org.jixiao.evaluation.events.EvaluationCompleted;
import org.jixiao.evaluation.events.SpotCheckFlagged;
import org.jixiao.sharedkernel.access.Scope;
import org.jspecify.annotations.Nullable;

/**
 * Evaluation's results as they stand, for a later stage to fill or rebuild its own copy without a request: the
 * same facts as the events that published them, so one listener method serves both. A replayed fact has a stable
 * event id (derived from its aggregate and version), {@code occurredAt} the time of its latest change, and the
 * aggregate's version as its aggregate version.
 */
public interface EvaluationResultsInForce {

    /** The most a page holds. */
    int MAX_PAGE = 1000;

    /**
     * Up to {@code limit} (1–{@value #MAX_PAGE}) submitted self-evaluations in {@code scope} with their effective
     * results, ordered by target id, after the target {@code after} (null: from the first). Empty is the end.
     */
    List<EvaluationCompleted> completed(Scope scope, @Nullable UUID after, int limit);

    /**
     * Up to {@code limit} flagged spot-check items in {@code scope}, ordered by spot check and target, after the
     * item of {@code after} (null: from the first). Empty is the end.
     */
    List<SpotCheckFlagged> flagged(Scope scope, @Nullable SpotCheckFlagged after, int limit);
}
