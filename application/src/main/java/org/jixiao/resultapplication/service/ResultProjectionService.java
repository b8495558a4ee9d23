package org.jixiao.resultapplication.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.jixiao.evaluation.api.EvaluationResultsInForce;
import org.jixiao.evaluation.events.EvaluationCompleted;
import org.jixiao.evaluation.events.SpotCheckFlagged;
import org.jixiao.monitoring.api.ReviewedReports;
import org.jixiao.monitoring.events.MonitoringReviewed;
import org.jixiao.resultapplication.domain.ApplicationRules;
import org.jixiao.resultapplication.domain.Rectification;
import org.jixiao.resultapplication.domain.Rectifications;
import org.jixiao.resultapplication.port.in.ResultProjectionStatus;
import org.jixiao.resultapplication.port.in.ResultProjectionUseCase;
import org.jixiao.resultapplication.port.out.ResultProjection;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.access.Scope;
import org.jixiao.sharedkernel.events.PagedRebuild;
import org.jixiao.sharedkernel.rules.RuleStore;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the upstream facts and opens their rectifications in the same transaction: "keep → open once". A rebuild
 * pages through evaluation's and monitoring's query APIs in the background, each page in its own transaction, the
 * facts going through the same keep as the live events — so a rebuild opens exactly what the events would have.
 */
@Service
class ResultProjectionService implements ResultProjectionUseCase, DisposableBean {

    private final ResultProjection copy;
    private final Rectifications rectifications;
    private final RuleStore rules;
    private final EvaluationResultsInForce evaluation;
    private final ReviewedReports monitoring;
    private final TransactionTemplate transactions;
    private final PagedRebuild<EvaluationCompleted> results;
    private final PagedRebuild<MonitoringReviewed> reviews;
    private final PagedRebuild<SpotCheckFlagged> flags;

    ResultProjectionService(ResultProjection copy, Rectifications rectifications, RuleStore rules,
            EvaluationResultsInForce evaluation, ReviewedReports monitoring, PlatformTransactionManager transactions,
            Clock clock) {
        this.copy = copy;
        this.rectifications = rectifications;
        this.rules = rules;
        this.evaluation = evaluation;
        this.monitoring = monitoring;
        this.transactions = new TransactionTemplate(transactions);
        this.results = new PagedRebuild<>("application-evaluation-results", clock);
        this.reviews = new PagedRebuild<>("application-monitoring-reviews", clock);
        this.flags = new PagedRebuild<>("application-spot-check-flags", clock);
    }

    @Override
    public boolean keep(EvaluationCompleted result) {
        return write(List.of(result), this::keepOne) > 0;
    }

    @Override
    public boolean keep(MonitoringReviewed review) {
        return write(List.of(review), this::keepOne) > 0;
    }

    @Override
    public boolean keep(SpotCheckFlagged flag) {
        return write(List.of(flag), this::keepOne) > 0;
    }

    /** One page in one transaction; how many facts changed the copy or opened a rectification. */
    private <T> long write(List<T> facts, Predicate<T> keep) {
        Long changed = transactions.execute(status -> facts.stream().filter(keep).count());
        return changed == null ? 0 : changed;
    }

    private boolean keepOne(EvaluationCompleted result) {
        if (!copy.keep(result)) {
            return false;
        }
        Openings.of(result).ifPresent(this::openOnce);
        return true;
    }

    private boolean keepOne(MonitoringReviewed review) {
        if (!copy.keep(review)) {
            return false;
        }
        Openings.of(review).ifPresent(this::openOnce);
        return true;
    }

    private boolean keepOne(SpotCheckFlagged flag) {
        if (!copy.keep(flag)) {
            return false;
        }
        openOnce(Openings.of(flag));
        return true;
    }

    /** Opens the source's task unless it is open already; its deadline by the rule of the source's region and year. */
    private void openOnce(Rectification.Opening opening) {
        rectifications.openOnce(Rectification.open(opening, rules.resolve(ApplicationRules.RECTIFICATION_DAYS,
                opening.region(), FiscalYear.of(opening.fiscalYear()))));
    }

    @Override
    public ResultProjectionStatus rebuild() {
        results.start(last -> evaluation.completed(Scope.everything(), last == null ? null : last.targetId(),
                EvaluationResultsInForce.MAX_PAGE), page -> write(page, this::keepOne));
        reviews.start(last -> monitoring.after(Scope.everything(), last, ReviewedReports.MAX_PAGE),
                page -> write(page, this::keepOne));
        flags.start(last -> evaluation.flagged(Scope.everything(), last, EvaluationResultsInForce.MAX_PAGE),
                page -> write(page, this::keepOne));
        return status();
    }

    @Override
    public void rebuildIfEmpty() {
        if (copy.counts().isEmpty()) {
            rebuild();
        }
    }

    @Override
    public ResultProjectionStatus status() {
        List<ResultProjectionStatus.Rebuild> last = Stream.of(
                        ResultProjectionStatus.Rebuild.of("EVALUATION_RESULTS", results.last()),
                        ResultProjectionStatus.Rebuild.of("MONITORING_REVIEWS", reviews.last()),
                        ResultProjectionStatus.Rebuild.of("SPOT_CHECK_FLAGS", flags.last()))
                .flatMap(Optional::stream).toList(); // before the counts: a finished rebuild's are final
        ResultProjection.Counts counts = copy.counts();
        return new ResultProjectionStatus(counts.evaluationResults(), counts.monitoringReviews(),
                counts.spotCheckFlags(), counts.rectifications(), last.stream().anyMatch(r -> r.finishedAt() == null),
                last);
    }

    @Override
    public void destroy() {
        results.close();
        reviews.close();
        flags.close();
    }
}
