package org.jixiao.evaluation.adapter.in.event;

import org.jixiao.evaluation.port.in.RescoreUseCase;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When the service starts, the rescores it did not finish (a crash, a restart) carry on where they were. */
@Component
class UnfinishedRescores {

    private final RescoreUseCase rescores;

    UnfinishedRescores(RescoreUseCase rescores) {
        this.rescores = rescores;
    }

    @EventListener(ApplicationReadyEvent.class)
    void carryOn() {
        rescores.resumeUnfinished();
    }
}
