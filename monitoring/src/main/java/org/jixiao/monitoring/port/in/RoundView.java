package org.jixiao.monitoring.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jixiao.monitoring.domain.MonitoringRound;
import org.jixiao.monitoring.domain.RoundScope;
import org.jspecify.annotations.Nullable;

/**
 * A monitoring round as the API shows it.
 *
 * @param timeProgress cut-off month ÷ 12 in percent, two decimals (September: 75.00)
 * @param reports      the targets in force the round's snapshot took, one report each
 * @param assessedAt   when finance last assessed the round, null before
 */
public record RoundView(UUID id, int fiscalYear, String regionCode, int cutoffMonth, RoundScope scope,
                        LocalDate dueDate, BigDecimal timeProgress, int reports, String openedBy, Instant openedAt,
                        @Nullable Instant assessedAt, long version) {

    public static RoundView of(MonitoringRound round) {
        MonitoringRound.Snapshot s = round.snapshot();
        return new RoundView(s.id().value(), s.fiscalYear().value(), s.region().value(), s.cutoff().cutoffMonth(),
                s.scope(), s.dueDate(), s.cutoff().rate().percent(), s.reports(), s.openedBy(), s.openedAt(),
                s.assessedAt(), s.version());
    }
}
