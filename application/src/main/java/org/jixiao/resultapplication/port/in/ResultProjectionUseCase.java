package org.jixiao.resultapplication.port.in;

import org.jixiao.evaluation.events.EvaluationCompleted;
import org.jixiao.evaluation.events.SpotCheckFlagged;
import org.jixiao.monitoring.events.MonitoringReviewed;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Result application's copy of what the stages before it found: the effective evaluation results, the monitoring
 * reviews and the flagged spot-check items, each kept at its latest version. Keeping a fact that calls for it
 * opens its rectification, once per source: a FAIR or POOR result, a review with action RECTIFY or
 * SUSPEND_FUNDING, a flagged item. A fact delivered twice, late or again by a rebuild changes nothing more.
 */
@PrimaryPort
public interface ResultProjectionUseCase {

    /** @return true when the fact was new or later than the one kept (and so may have opened a rectification) */
    boolean keep(EvaluationCompleted result);

    boolean keep(MonitoringReviewed review);

    boolean keep(SpotCheckFlagged flag);

    /** Reads everything again from evaluation's and monitoring's query APIs, in the background. */
    ResultProjectionStatus rebuild();

    /** Rebuilds when the copy is empty (the stage is new, or its schema was reset). */
    void rebuildIfEmpty();

    ResultProjectionStatus status();
}
