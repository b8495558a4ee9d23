package org.jixiao.resultapplication.adapter.in.event;

import org.jixiao.evaluation.events.EvaluationCompleted;
import org.jixiao.evaluation.events.SpotCheckFlagged;
import org.jixiao.monitoring.events.MonitoringReviewed;
import org.jixiao.resultapplication.port.in.ResultProjectionUseCase;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Evaluation's results and monitoring's reviews into result application's copy, each opening its rectification
 * where it calls for one. A publication is stored with the publishing transaction and resubmitted after a crash, so
 * a delivery may come twice: keeping is idempotent. When the service starts on an empty copy it is rebuilt.
 */
@Component
class UpstreamResultsListener {

    private final ResultProjectionUseCase projection;

    UpstreamResultsListener(ResultProjectionUseCase projection) {
        this.projection = projection;
    }

    @ApplicationModuleListener
    void on(EvaluationCompleted result) {
        projection.keep(result);
    }

    @ApplicationModuleListener
    void on(MonitoringReviewed review) {
        projection.keep(review);
    }

    @ApplicationModuleListener
    void on(SpotCheckFlagged flag) {
        projection.keep(flag);
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildAnEmptyCopy() {
        projection.rebuildIfEmpty();
    }
}
