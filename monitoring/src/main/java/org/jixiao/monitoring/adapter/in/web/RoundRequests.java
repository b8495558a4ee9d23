package org.jixiao.monitoring.adapter.in.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jixiao.monitoring.domain.Achievement;
import org.jixiao.monitoring.domain.Likelihood;
import org.jixiao.monitoring.domain.RoundScope;
import org.jixiao.monitoring.events.ReviewAction;
import org.jspecify.annotations.Nullable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The request bodies of the monitoring API. */
final class RoundRequests {

    private RoundRequests() {
    }

    /** A round to open: the cut-off is the end of {@code cutoffMonth}; reports are due on {@code dueDate}. */
    record Open(@NotNull Integer fiscalYear, @NotBlank @Size(max = 32) String regionCode,
                @NotNull @Min(1) @Max(12) Integer cutoffMonth, @NotNull RoundScope scope, @NotNull LocalDate dueDate) {
    }

    /**
     * A unit's monitoring report. {@code actualToDate} accepts a JSON string or number (a plain decimal in the
     * indicator's unit); {@code achievement} is for qualitative indicators.
     */
    record Report(@NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal budgetAmount,
                  @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal executedAmount,
                  @Size(max = 2000) @Nullable String executionNote,
                  @NotEmpty @Size(max = 200) List<@Valid @NotNull Indicator> indicators,
                  @Size(max = 4000) @Nullable String measures, @Nullable Long version) {
    }

    /** One indicator's progress. */
    record Indicator(@NotNull UUID indicatorId, @Size(max = 40) @Nullable String actualToDate,
                     @Nullable Achievement achievement, @Size(max = 500) @Nullable String expectedYearEnd,
                     @NotNull Likelihood likelihood, @Size(max = 2000) @Nullable String deviationReason) {
    }

    /** Finance's review of a report: {@code amount} only for ADJUST_BUDGET and RECALL_FUNDS, at most the budget. */
    record Review(@NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal score,
                  @Size(max = 2000) @Nullable String opinion, @NotNull ReviewAction action,
                  @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Nullable BigDecimal amount,
                  @Nullable Long version) {
    }

    /** The department's opinion on a report of one of its units. */
    record DepartmentOpinion(@NotBlank @Size(max = 2000) String opinion, @Nullable Long version) {
    }
}
