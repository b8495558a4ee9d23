package org.jixiao.evaluation.adapter.in.web;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.jixiao.evaluation.domain.EvaluatorType;
import org.jixiao.evaluation.domain.FrameworkDimension;
import org.jixiao.evaluation.domain.SubjectType;
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

    /**
     * A department or key evaluation to commission: {@code targetId} of a PROJECT or POLICY subject, or
     * {@code unitCode} of a department for DEPARTMENT_OVERALL; {@code agency} (and the {@code expert} account that
     * evaluates for it) for THIRD_PARTY; the framework weights; and, when the evaluation is done, its scores,
     * findings and report.
     */
    record Key(@NotNull Integer fiscalYear, @NotNull SubjectType subjectType, @Nullable UUID targetId,
               @Size(max = 32) @Nullable String unitCode, @NotNull EvaluatorType evaluatorType,
               @Size(max = 200) @Nullable String agency, @Size(max = 64) @Nullable String expert,
               @NotNull @Size(min = 4, max = 4) Map<FrameworkDimension, @NotNull @DecimalMin("0") @DecimalMax("100")
                       @Digits(integer = 3, fraction = 2) BigDecimal> weights,
               @Size(min = 4, max = 4) @Nullable Map<FrameworkDimension, @NotNull @DecimalMin("0") @DecimalMax("100")
                       @Digits(integer = 3, fraction = 2) BigDecimal> scores,
               @Size(max = 4000) @Nullable String findings, @Size(max = 20000) @Nullable String report) {
    }

    /** The evaluator's scores (each at most its weight), findings and report. */
    record KeyScores(@NotNull @Size(min = 4, max = 4) Map<FrameworkDimension, @NotNull @DecimalMin("0")
                             @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal> scores,
                     @Size(max = 4000) @Nullable String findings, @Size(max = 20000) @Nullable String report,
                     @Nullable Long version) {
    }

    /** A region's results of a year to publish. */
    record Publish(@NotNull Integer fiscalYear, @NotBlank @Size(max = 32) String regionCode) {
    }
}
