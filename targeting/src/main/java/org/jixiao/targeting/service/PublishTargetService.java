package org.jixiao.targeting.service;

import java.time.Clock;
import java.util.UUID;

import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.CallerContext;
import org.jixiao.targeting.domain.PerformanceTarget;
import org.jixiao.targeting.domain.TargetId;
import org.jixiao.targeting.domain.Targets;
import org.jixiao.targeting.events.TargetPublished;
import org.jixiao.targeting.port.in.PublishTargetUseCase;
import org.jixiao.targeting.port.in.TargetView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finance publishes (公开) the revision in force together with the budget and announces {@code TargetPublished}.
 */
@Service
class PublishTargetService implements PublishTargetUseCase {

    private final Targets targets;
    private final CallerContext callers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublishTargetService(Targets targets, CallerContext callers, ApplicationEventPublisher events, Clock clock) {
        this.targets = targets;
        this.callers = callers;
        this.events = events;
        this.clock = clock;
    }


    @Override
    @Transactional
    public TargetView publish(UUID id, @Nullable Long expectedVersion) {
        Caller caller = callers.current();
        PerformanceTarget target = targets.require(new TargetId(id));
        caller.requireCovers(target.owner().path());
        target.requireVersion(expectedVersion);
        TargetPublished published = target.publish(clock.instant());
        long version = targets.save(target);
        events.publishEvent(published);
        return TargetViews.of(target, version);
    }
}
