package org.jixiao.monitoring.port.in;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jixiao.monitoring.domain.Achievement;
import org.jixiao.monitoring.domain.Likelihood;
import org.jspecify.annotations.Nullable;

/**
 * A unit's report for one round: the adjusted full-year budget and the amount executed by the cut-off, and for
 * every indicator of the target its progress. {@code actualToDate} is a plain decimal (quantitative indicators).
 */
public record FileReportCommand(UUID roundId, UUID targetId, BigDecimal budgetAmount, BigDecimal executedAmount,
                                @Nullable String executionNote, List<Line> indicators, @Nullable String measures) {

    public FileReportCommand {
        indicators = List.copyOf(indicators);
    }

    public record Line(UUID indicatorId, @Nullable String actualToDate, @Nullable Achievement achievement,
                       @Nullable String expectedYearEnd, @Nullable Likelihood likelihood,
                       @Nullable String deviationReason) {
    }
}
