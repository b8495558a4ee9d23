package org.jixiao.evaluation.adapter.in.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jixiao.evaluation.domain.AchievementBand;
import org.jspecify.annotations.Nullable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The request bodies of the self-evaluation API. */
final class SelfEvaluationRequests {

    private SelfEvaluationRequests() {
    }

    /**
     * A unit's self-evaluation of its target. {@code actualValue} accepts a JSON string or number (a plain decimal
     * in the indicator's unit for a quantitative indicator, text for a qualitative one); {@code achievement} and
     * {@code score} (percent of the indicator's points, inside the band) only for qualitative indicators.
     */
    record Filing(@NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal budgetAmount,
                          @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal executedAmount,
                          @NotEmpty @Size(max = 200) List<@Valid @NotNull Indicator> indicators,
                          @Nullable Long version) {
    }

    /** One indicator's result at year end. */
    record Indicator(@NotNull UUID indicatorId, @Size(max = 500) @Nullable String actualValue,
                     @Nullable AchievementBand achievement,
                     @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Nullable BigDecimal score,
                     @Size(max = 2000) @Nullable String deviationReason) {
    }

    /** A reviewer's score of a submitted self-evaluation (0–100, two decimals) and its opinion. */
    record Review(@NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal score,
                  @Size(max = 2000) @Nullable String opinion, @Nullable Long version) {
    }

    /** Submitting: only the optional expected version. */
    record Submit(@Nullable Long version) {
    }
}
