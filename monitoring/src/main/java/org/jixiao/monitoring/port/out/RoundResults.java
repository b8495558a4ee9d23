package org.jixiao.monitoring.port.out;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jixiao.monitoring.domain.MonitoringRound;
import org.jixiao.monitoring.events.Light;
import org.jixiao.monitoring.events.MonitoringReviewed;
import org.jixiao.monitoring.port.in.WarningView;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.access.Scope;
import org.jixiao.targeting.events.FundSource;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.Nullable;

/** Set-based reads of a round's results: its totals and its warnings, in a subtree of the round. */
@SecondaryPort
public interface RoundResults {

    /**
     * The totals of the round's reports in {@code scope}, by fund source (those present). {@code wholeRegions}:
     * the scope is a region's subtree, whose totals are kept per region, not only per unit.
     */
    Map<FundSource, Totals> totals(MonitoringRound round, Scope scope, boolean wholeRegions);

    /** The round's warnings in {@code scope}, in unit path and project order, optionally of a light. */
    Page<WarningView> warnings(MonitoringRound round, Scope scope, boolean wholeRegions, @Nullable Light light,
            PageQuery page);

    /** What some reports add up to (see {@code RoundSummary}). */
    record Totals(long reports, long filed, BigDecimal budgetAmount, BigDecimal executedAmount, long reviewed,
                  BigDecimal reviewScoreSum, long warnings, BigDecimal warningBudgetAmount) {

        public static final Totals NONE = new Totals(0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0,
                BigDecimal.ZERO);

        public Totals plus(Totals other) {
            return new Totals(reports + other.reports, filed + other.filed,
                    budgetAmount.add(other.budgetAmount), executedAmount.add(other.executedAmount),
                    reviewed + other.reviewed, reviewScoreSum.add(other.reviewScoreSum), warnings + other.warnings,
                    warningBudgetAmount.add(other.warningBudgetAmount));
        }
    }

    /**
     * The reviewed reports in a scope as their latest reviews' events, ordered by round and target, after the report
     * of that round and target (both null: from the first).
     */
    List<MonitoringReviewed> reviewed(Scope scope, @Nullable UUID afterRound,
            @Nullable UUID afterTarget, int limit);
}
