package org.jixiao.evaluation.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jixiao.evaluation.domain.ScoringRules;
import org.jixiao.evaluation.domain.SelfEvaluation;
import org.jixiao.evaluation.domain.SelfEvaluations;
import org.jixiao.evaluation.domain.SelfEvaluations.Position;
import org.jixiao.evaluation.events.EvaluationCompleted;
import org.jixiao.evaluation.port.in.RescoreStatus;
import org.jixiao.evaluation.port.in.RescoreUseCase;
import org.jixiao.evaluation.port.in.RescoreView;
import org.jixiao.evaluation.port.out.RescoreJobs;
import org.jixiao.evaluation.port.out.RescoreJobs.Job;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.CallerContext;
import org.jixiao.sharedkernel.access.OrgDirectory;
import org.jixiao.sharedkernel.rules.AppliedRule;
import org.jixiao.sharedkernel.rules.RuleSnapshot;
import org.jixiao.sharedkernel.rules.RuleStore;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A rescore pages through a region's self-evaluations of a year on one background thread, each page in its own
 * transaction: load the page (two queries) → score each again by the rules in force in its unit's region (read
 * once per region) → store the changed ones in set statements → publish the changed effective results → record
 * where the job is. Memory holds one page, whatever the region's size.
 */
@Service
class RescoreService implements RescoreUseCase, DisposableBean {

    private static final Log log = LogFactory.getLog(RescoreService.class);

    /** Self-evaluations per page (about seven indicators each). */
    static final int PAGE = 1000;

    private final SelfEvaluations evaluations;
    private final RescoreJobs jobs;
    private final RuleStore rules;
    private final OrgDirectory directory;
    private final CallerContext callers;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "evaluation-rescore");
        thread.setDaemon(true);
        return thread;
    });

    RescoreService(SelfEvaluations evaluations, RescoreJobs jobs, RuleStore rules, OrgDirectory directory,
            CallerContext callers, ApplicationEventPublisher events, PlatformTransactionManager transactions,
            Clock clock) {
        this.evaluations = evaluations;
        this.jobs = jobs;
        this.rules = rules;
        this.directory = directory;
        this.callers = callers;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public RescoreView start(int fiscalYear, String regionCode) {
        Caller caller = callers.current();
        OrgPath region = directory.regionFilter("regionCode", regionCode).orElseThrow();
        caller.requireCovers(region);
        FiscalYear year = InvalidInputException.forField("fiscalYear", () -> FiscalYear.of(fiscalYear));
        UUID id = UUID.randomUUID();
        Job job = transactions.execute(status -> jobs.start(id, year, RegionCode.of(regionCode), region,
                caller.username(), clock.instant()));
        if (job == null) {
            throw new IllegalStateException("no rescore job");
        }
        if (job.view().id().equals(id)) {
            worker.execute(() -> run(id));
        }
        return job.view();
    }

    @Override
    public RescoreView get(UUID id) {
        Job job = jobs.find(id).orElseThrow(() -> new NotFoundException("rescore", id));
        callers.current().requireCovers(job.regionPath());
        return job.view();
    }

    @Override
    public void resumeUnfinished() {
        for (UUID id : jobs.running()) {
            log.info("carrying on with rescore " + id);
            worker.execute(() -> run(id));
        }
    }

    /** The rules in force in a region and year, and as a result stores them. */
    private record InForce(ScoringRules rules, List<AppliedRule> applied) {

        static InForce of(RuleSnapshot snapshot) {
            return new InForce(ScoringRules.of(snapshot), ScoringRules.appliedOf(snapshot));
        }
    }

    private void run(UUID id) {
        try {
            Job job = jobs.find(id).orElseThrow(() -> new NotFoundException("rescore", id));
            FiscalYear year = FiscalYear.of(job.view().fiscalYear());
            Map<RegionCode, InForce> inForce = new HashMap<>();
            Optional<Position> after = Optional.ofNullable(job.after());
            boolean first = true;
            while (first || after.isPresent()) {
                first = false;
                @Nullable Position from = after.orElse(null);
                after = Objects.requireNonNull(transactions.execute(status ->
                        page(id, year, job.regionPath(), from, inForce)));
            }
            jobs.finish(id, RescoreStatus.DONE, clock.instant(), null);
        } catch (RuntimeException e) {
            log.error("rescore " + id + " failed", e);
            jobs.finish(id, RescoreStatus.FAILED, clock.instant(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** One page in one transaction; where it ended, or empty when there was nothing after {@code after}. */
    private Optional<Position> page(UUID id, FiscalYear year, OrgPath region, @Nullable Position after,
            Map<RegionCode, InForce> inForce) {
        List<SelfEvaluation> page = evaluations.page(year, region, after, PAGE);
        if (page.isEmpty()) {
            return Optional.empty();
        }
        List<SelfEvaluation> rescored = new ArrayList<>();
        List<EvaluationCompleted> completed = new ArrayList<>();
        for (SelfEvaluation evaluation : page) {
            InForce rule = inForce.computeIfAbsent(evaluation.target().region(),
                    r -> InForce.of(rules.snapshot(r, year)));
            SelfEvaluation.Rescore result = evaluation.rescore(rule.rules(), rule.applied(), clock.instant());
            if (result.changed()) {
                rescored.add(evaluation);
                result.completed().ifPresent(completed::add);
            }
        }
        Set<UUID> saved = evaluations.saveScores(rescored);
        List<EvaluationCompleted> published = completed.stream().filter(e -> saved.contains(e.targetId())).toList();
        published.forEach(events::publishEvent);
        SelfEvaluation last = page.get(page.size() - 1);
        Position end = new Position(last.target().unitPath().toString(), last.getId().target());
        jobs.progress(id, page.size(), saved.size(), published.size(), end);
        return Optional.of(end);
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
