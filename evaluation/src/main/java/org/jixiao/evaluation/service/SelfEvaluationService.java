package org.jixiao.evaluation.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jixiao.evaluation.domain.EvaluatedTarget;
import org.jixiao.evaluation.domain.IndicatorInput;
import org.jixiao.evaluation.domain.ScoringRules;
import org.jixiao.evaluation.domain.SelfEvaluation;
import org.jixiao.evaluation.domain.SelfEvaluationId;
import org.jixiao.evaluation.domain.SelfEvaluations;
import org.jixiao.evaluation.events.EvaluationCompleted;
import org.jixiao.evaluation.port.in.FileSelfEvaluationCommand;
import org.jixiao.evaluation.port.in.SelfEvaluationUseCase;
import org.jixiao.evaluation.port.in.SelfEvaluationView;
import org.jixiao.sharedkernel.ExpectedVersion;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.Score;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.CallerContext;
import org.jixiao.sharedkernel.access.ForbiddenException;
import org.jixiao.sharedkernel.rules.RuleSnapshot;
import org.jixiao.sharedkernel.rules.RuleStore;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The acts on a self-evaluation, each "load → one domain call → save → publish": the owning unit files and submits,
 * its department scores, finance finalises. Who may act is checked here, before the domain judges the body.
 */
@Service
class SelfEvaluationService implements SelfEvaluationUseCase {

    private final SelfEvaluations evaluations;
    private final RuleStore rules;
    private final CallerContext callers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SelfEvaluationService(SelfEvaluations evaluations, RuleStore rules, CallerContext callers,
            ApplicationEventPublisher events, Clock clock) {
        this.evaluations = evaluations;
        this.rules = rules;
        this.callers = callers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public SelfEvaluationView file(FileSelfEvaluationCommand command, @Nullable Long expectedVersion) {
        Caller caller = callers.current();
        SelfEvaluationId id = new SelfEvaluationId(command.targetId());
        EvaluatedTarget target = evaluations.target(id)
                .orElseThrow(() -> new NotFoundException("target", command.targetId()));
        requireOwner(caller, target);
        RuleSnapshot inForce = rules.snapshot(target.region(), target.fiscalYear());
        Money budget = Money.of(command.budgetAmount());
        Money executed = Money.of(command.executedAmount());
        List<IndicatorInput> inputs = inputs(command.indicators());
        Optional<SelfEvaluation> existing = evaluations.find(id);
        SelfEvaluation evaluation;
        if (existing.isPresent()) {
            evaluation = existing.get();
            String state = evaluation.status().name();
            evaluation.fill(target, budget, executed, inputs, ScoringRules.of(inForce), ScoringRules.appliedOf(inForce),
                    caller.username(), clock.instant());
            ExpectedVersion.check(expectedVersion, evaluation.version(), state); // after the 400s
        } else {
            evaluation = SelfEvaluation.start(target, budget, executed, inputs, ScoringRules.of(inForce),
                    ScoringRules.appliedOf(inForce), caller.username(), clock.instant());
            ExpectedVersion.check(expectedVersion, 0, evaluation.status().name());
        }
        return SelfEvaluationView.of(evaluation, evaluations.save(evaluation));
    }

    private static List<IndicatorInput> inputs(List<FileSelfEvaluationCommand.Line> lines) {
        return lines.stream().map(line -> new IndicatorInput(line.indicatorId(), line.actualValue(),
                line.achievement(), line.score(), line.deviationReason())).toList();
    }

    @Override
    @Transactional
    public SelfEvaluationView submit(UUID targetId, @Nullable Long expectedVersion) {
        Caller caller = callers.current();
        SelfEvaluation evaluation = find(targetId);
        requireOwner(caller, evaluation.target());
        String state = evaluation.status().name();
        EvaluationCompleted completed = evaluation.submit(clock.instant());
        ExpectedVersion.check(expectedVersion, evaluation.version(), state);
        long version = evaluations.save(evaluation);
        events.publishEvent(completed);
        return SelfEvaluationView.of(evaluation, version);
    }

    @Override
    @Transactional
    public SelfEvaluationView reviewByDepartment(UUID targetId, BigDecimal score, @Nullable String opinion,
            @Nullable Long expectedVersion) {
        Caller caller = callers.current();
        SelfEvaluation evaluation = find(targetId);
        caller.requireCovers(evaluation.target().unitPath());
        if (caller.org() != null && caller.org().value().equals(evaluation.target().unitCode())) {
            throw ForbiddenException.role(); // a department does not review its own overall self-evaluation
        }
        String state = evaluation.status().name();
        Optional<EvaluationCompleted> changed = evaluation.reviewByDepartment(score(score), opinion,
                caller.username(), clock.instant());
        return saved(evaluation, expectedVersion, state, changed);
    }

    @Override
    @Transactional
    public SelfEvaluationView finalise(UUID targetId, BigDecimal score, @Nullable String opinion,
            @Nullable Long expectedVersion) {
        Caller caller = callers.current();
        SelfEvaluation evaluation = find(targetId);
        caller.requireCovers(evaluation.target().unitPath());
        String state = evaluation.status().name();
        Optional<EvaluationCompleted> changed = evaluation.finalise(score(score), opinion, caller.username(),
                clock.instant());
        return saved(evaluation, expectedVersion, state, changed);
    }

    private SelfEvaluationView saved(SelfEvaluation evaluation, @Nullable Long expectedVersion, String state,
            Optional<EvaluationCompleted> changed) {
        ExpectedVersion.check(expectedVersion, evaluation.version(), state);
        long version = evaluations.save(evaluation);
        changed.ifPresent(events::publishEvent);
        return SelfEvaluationView.of(evaluation, version);
    }

    private static Score score(BigDecimal score) {
        if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0 || score.scale() > 2) {
            throw InvalidInputException.of("score", "evaluation.reviewScoreOutOfRange");
        }
        return Score.of(score);
    }

    @Override
    @Transactional(readOnly = true)
    public SelfEvaluationView get(UUID targetId) {
        SelfEvaluation evaluation = find(targetId);
        callers.current().requireCovers(evaluation.target().unitPath());
        return SelfEvaluationView.of(evaluation, evaluation.version());
    }

    @Override
    @Transactional(readOnly = true)
    public void requireVisible(UUID targetId) {
        EvaluatedTarget target = evaluations.target(new SelfEvaluationId(targetId))
                .orElseThrow(() -> new NotFoundException("target", targetId));
        callers.current().requireCovers(target.unitPath());
    }

    private SelfEvaluation find(UUID targetId) {
        return evaluations.find(new SelfEvaluationId(targetId))
                .orElseThrow(() -> new NotFoundException("selfEvaluation", targetId));
    }

    /** Only the owning unit evaluates its target (a department its overall one), not its department or finance. */
    private static void requireOwner(Caller caller, EvaluatedTarget target) {
        caller.requireCovers(target.unitPath());
        if (!caller.isAdmin() && (caller.org() == null || !caller.org().value().equals(target.unitCode()))) {
            throw ForbiddenException.outsideSubtree();
        }
    }
}
