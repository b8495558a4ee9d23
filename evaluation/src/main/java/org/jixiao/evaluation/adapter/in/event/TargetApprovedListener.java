package org.jixiao.evaluation.adapter.in.event;

import org.jixiao.evaluation.port.in.TargetProjectionUseCase;
import org.jixiao.targeting.events.TargetApproved;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Targeting's approvals into evaluation's copy of the targets in force. The publication is stored with the
 * approving transaction and resubmitted after a crash, so a delivery may come twice: keeping is idempotent. When the
 * service starts on an empty copy (evaluation is new, or its schema was reset) the copy is rebuilt from targeting.
 */
@Component("evaluationTargetApprovedListener")
class TargetApprovedListener {

    private final TargetProjectionUseCase projection;

    TargetApprovedListener(TargetProjectionUseCase projection) {
        this.projection = projection;
    }

    @ApplicationModuleListener
    void on(TargetApproved approval) {
        projection.keep(approval);
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildAnEmptyCopy() {
        projection.rebuildIfEmpty();
    }
}
