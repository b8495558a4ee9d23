package org.jixiao.resultapplication.port.out;

import org.jixiao.evaluation.events.EvaluationCompleted;
import org.jixiao.evaluation.events.SpotCheckFlagged;
import org.jixiao.monitoring.events.MonitoringReviewed;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Result application's copy of the upstream facts, a row per source at its latest aggregate version. Each keep
 * stores the fact when it is new or later than the stored version of its source, and says whether it did: only such
 * a fact may open a rectification, in the same transaction, so a redelivery or a late older version opens nothing.
 */
@SecondaryPort
public interface ResultProjection {

    boolean keep(EvaluationCompleted result);

    boolean keep(MonitoringReviewed review);

    boolean keep(SpotCheckFlagged flag);

    Counts counts();

    record Counts(long evaluationResults, long monitoringReviews, long spotCheckFlags, long rectifications) {

        public boolean isEmpty() {
            return evaluationResults + monitoringReviews + spotCheckFlags == 0;
        }
    }
}
