package org.jixiao.evaluation.adapter.in.web;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The request bodies of the evaluation API that act on a region's evaluations of a year. */
final class EvaluationRequests {

    private EvaluationRequests() {
    }

    /** A region's self-evaluations of a year to score again with the rules in force. */
    record Rescore(@NotNull Integer fiscalYear, @NotBlank @Size(max = 32) String regionCode) {
    }

    /**
     * A spot check to draw: {@code ratio} in percent (the rule evaluation.spotCheckRatio when absent), {@code seed}
     * of the draw (a random one, stored, when absent).
     */
    record SpotCheck(@NotNull Integer fiscalYear, @NotBlank @Size(max = 32) String regionCode,
                     @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Nullable BigDecimal ratio,
                     @PositiveOrZero @Nullable Long seed) {
    }

    /** Finance's review of a drawn self-evaluation (0–100, two decimals). */
    record SpotCheckReview(@NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
                           BigDecimal reviewScore, @Size(max = 2000) @Nullable String opinion,
                           @Nullable Long version) {
    }

    /** A region's results of a year to publish. */
    record Publish(@NotNull Integer fiscalYear, @NotBlank @Size(max = 32) String regionCode) {
    }
}
