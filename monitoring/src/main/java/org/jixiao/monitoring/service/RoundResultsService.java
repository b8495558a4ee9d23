package org.jixiao.monitoring.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jixiao.monitoring.domain.MonitoringRound;
import org.jixiao.monitoring.domain.RoundId;
import org.jixiao.monitoring.domain.Rounds;
import org.jixiao.monitoring.port.in.RoundResultsUseCase;
import org.jixiao.monitoring.port.in.RoundSummary;
import org.jixiao.monitoring.port.in.WarningView;
import org.jixiao.monitoring.port.out.RoundResults;
import org.jixiao.monitoring.port.out.RoundResults.Totals;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.Rate;
import org.jixiao.sharedkernel.Rounding;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.CallerContext;
import org.jixiao.sharedkernel.access.ForbiddenException;
import org.jixiao.sharedkernel.access.OrgDirectory;
import org.jixiao.sharedkernel.access.OrgKind;
import org.jixiao.sharedkernel.access.Scope;
import org.jixiao.targeting.events.FundSource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A round's summary and warning list, over the part of the round the caller sees; the sums are the adapter's. */
@Service
class RoundResultsService implements RoundResultsUseCase {

    private final Rounds rounds;
    private final RoundResults results;
    private final OrgDirectory directory;
    private final CallerContext callers;

    RoundResultsService(Rounds rounds, RoundResults results, OrgDirectory directory, CallerContext callers) {
        this.rounds = rounds;
        this.results = results;
        this.directory = directory;
        this.callers = callers;
    }

    @Override
    @Transactional(readOnly = true)
    public RoundSummary summary(UUID roundId) {
        MonitoringRound round = round(roundId);
        Caller caller = callers.current();
        Map<FundSource, Totals> byFund = results.totals(round, visiblePart(caller, round), wholeRegions(caller, round));
        Totals all = Totals.NONE;
        List<RoundSummary.ByFundSource> parts = new ArrayList<>();
        for (FundSource fund : FundSource.values()) {
            Totals t = byFund.getOrDefault(fund, Totals.NONE);
            all = all.plus(t);
            parts.add(new RoundSummary.ByFundSource(fund, t.reports(), t.filed(), t.reviewed(), yuan(t.budgetAmount()),
                    yuan(t.executedAmount()), executionRate(t), averageReviewScore(t), t.warnings(),
                    yuan(t.warningBudgetAmount())));
        }
        return new RoundSummary(roundId, round.assessedAt(), all.reports(), all.filed(), all.reviewed(),
                yuan(all.budgetAmount()), yuan(all.executedAmount()), executionRate(all), averageReviewScore(all),
                all.warnings(), yuan(all.warningBudgetAmount()), parts);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<WarningView> warnings(UUID roundId, WarningFilter filter, PageQuery page) {
        MonitoringRound round = round(roundId);
        Caller caller = callers.current();
        Scope scope = visiblePart(caller, round);
        OrgPath unit = directory.unitFilter("unitCode", filter.unitCode()).orElse(null);
        OrgPath department = directory.unitFilter("departmentCode", filter.departmentCode()).orElse(null);
        if (unit != null && department != null && !unit.isWithin(department)) {
            scope.within(department); // a department outside the caller's part is still a 403
            return Page.of(List.of(), page, 0); // a unit of another department: nothing, not an error
        }
        OrgPath part = unit != null ? unit : department;
        return results.warnings(round, scope.within(part), part == null && wholeRegions(caller, round),
                filter.light(), page);
    }

    private MonitoringRound round(UUID id) {
        return rounds.find(new RoundId(id)).orElseThrow(() -> new NotFoundException("round", id));
    }

    /**
     * The part of the round a caller sees: all of it from the round's region or above, the caller's own subtree
     * from below; a caller apart from the region sees nothing (403).
     */
    private static Scope visiblePart(Caller caller, MonitoringRound round) {
        if (!RoundService.visibleTo(caller, round.regionPath())) {
            throw ForbiddenException.outsideSubtree();
        }
        return caller.covers(round.regionPath()) ? Scope.subtree(round.regionPath()) : Scope.of(caller);
    }

    /** The part a caller sees is made of whole regions: the round's region, or the region of finance or an auditor. */
    private static boolean wholeRegions(Caller caller, MonitoringRound round) {
        return caller.covers(round.regionPath())
                || !caller.role().bindsTo(OrgKind.DEPARTMENT) && !caller.role().bindsTo(OrgKind.UNIT);
    }

    private static BigDecimal yuan(BigDecimal amount) {
        return Money.of(amount).yuan();
    }

    /** Σ executed ÷ Σ budget of the filed reports; none when they budget nothing. */
    private static @Nullable BigDecimal executionRate(Totals t) {
        return t.budgetAmount().signum() > 0 ? Rate.ratio(t.executedAmount(), t.budgetAmount()).percent() : null;
    }

    private static @Nullable BigDecimal averageReviewScore(Totals t) {
        return t.reviewed() == 0 ? null
                : Rounding.round(Rounding.divide(t.reviewScoreSum(), BigDecimal.valueOf(t.reviewed())));
    }
}
