package org.jixiao.targeting.service;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.CallerContext;
import org.jixiao.sharedkernel.access.ForbiddenException;
import org.jixiao.sharedkernel.access.Role;
import org.jixiao.targeting.domain.ExAnteClearance;
import org.jixiao.targeting.domain.ExAnteFacts;
import org.jixiao.targeting.domain.ExAnteGate;
import org.jixiao.targeting.domain.PerformanceTarget;
import org.jixiao.targeting.domain.ReviewDecision;
import org.jixiao.targeting.domain.ReviewOpinion;
import org.jixiao.targeting.domain.Reviewer;
import org.jixiao.targeting.domain.TargetId;
import org.jixiao.targeting.domain.Targets;
import org.jixiao.targeting.events.TargetApproved;
import org.jixiao.targeting.port.in.ReviewCommand;
import org.jixiao.targeting.port.in.ReviewTargetUseCase;
import org.jixiao.targeting.port.in.TargetView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review chain (审核, 批复): the competent department, then finance. Finance's approval passes the ex-ante gate
 * (a domain policy weighing assessment's facts) and publishes {@code TargetApproved}, one event also for an
 * adjustment.
 */
@Service
class ReviewTargetService implements ReviewTargetUseCase {

    private final Targets targets;
    private final ExAnteFacts exAnte;
    private final CallerContext callers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewTargetService(Targets targets, ExAnteFacts exAnte, CallerContext callers, ApplicationEventPublisher events, Clock clock) {
        this.targets = targets;
        this.exAnte = exAnte;
        this.callers = callers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public TargetView review(UUID id, ReviewCommand review, @Nullable Long expectedVersion) {
        Caller caller = callers.current();
        PerformanceTarget target = targets.require(new TargetId(id));
        caller.requireCovers(target.owner().path());
        if (caller.role() == Role.DEPARTMENT && target.owner().code().equals(caller.org())) {
            throw ForbiddenException.role(); // a department does not review its own overall target
        }
        target.requireVersion(expectedVersion);
        Reviewer stage = switch (caller.role()) {
            case DEPARTMENT -> Reviewer.DEPARTMENT;
            case FINANCE -> Reviewer.FINANCE;
            default -> target.expectedReviewer()
                    .orElseThrow(() -> new StateConflictException("target.notYourReview", target.status().name(), "ADMIN"));
        };
        ExAnteClearance clearance = stage == Reviewer.FINANCE ? ExAnteGate.clearanceOf(target, exAnte) : ExAnteClearance.NOT_REQUIRED;
        ReviewOpinion opinion = new ReviewOpinion(stage, caller.username(), review.grade(),
                review.criteria() == null ? Map.of() : review.criteria(), review.comments());
        Optional<TargetApproved> approved = Optional.empty();
        if (review.decision() == ReviewDecision.APPROVE) {
            approved = target.approve(opinion, clearance, clock.instant());
        } else {
            target.returnForRevision(opinion, clock.instant());
        }
        long version = targets.save(target);
        approved.ifPresent(events::publishEvent);
        return TargetViews.of(target, version);
    }
}
