package org.jixiao.monitoring.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jixiao.targeting.events.FundSource;
import org.jspecify.annotations.Nullable;

/**
 * A round summed up (CONTRACT.md "monitoring"), as the caller sees it. Money in 元, rates and scores in percent or
 * points with two decimals. Rates are Σ executed ÷ Σ budget over the filed reports (an unfiled report is left out of
 * rates and averages); {@code averageReviewScore} is the mean over the reviewed reports; {@code warnings} and
 * {@code warningBudgetAmount} are those of the last assessment (a report corrected since counts again once finance
 * assesses again), the budget of an unfiled warning being its approved one.
 *
 * @param assessedAt   when the round was last assessed; null before, and then there are no warnings
 * @param byFundSource every fund source, in the order of the enum, with zeros where the round has none
 */
public record RoundSummary(UUID roundId, @Nullable Instant assessedAt, long reports, long filed, long reviewed,
                           BigDecimal budgetAmount, BigDecimal executedAmount, @Nullable BigDecimal executionRate,
                           @Nullable BigDecimal averageReviewScore, long warnings, BigDecimal warningBudgetAmount,
                           List<ByFundSource> byFundSource) {

    public RoundSummary {
        byFundSource = List.copyOf(byFundSource);
    }

    /** The same figures for the reports of one fund source. */
    public record ByFundSource(FundSource fundSource, long reports, long filed, long reviewed, BigDecimal budgetAmount,
                               BigDecimal executedAmount, @Nullable BigDecimal executionRate,
                               @Nullable BigDecimal averageReviewScore, long warnings,
                               BigDecimal warningBudgetAmount) {
    }
}
