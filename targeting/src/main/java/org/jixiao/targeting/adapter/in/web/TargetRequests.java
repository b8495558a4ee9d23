package org.jixiao.targeting.adapter.in.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.ProjectCode;
import org.jixiao.targeting.domain.Basis;
import org.jixiao.targeting.domain.ReviewCriterion;
import org.jixiao.targeting.domain.ReviewDecision;
import org.jixiao.targeting.events.BudgetCategory;
import org.jixiao.targeting.events.FundSource;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jixiao.targeting.events.TargetKind;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The request bodies of the targeting API. */
final class TargetRequests {

    private TargetRequests() {
    }

    /**
     * {@code targetValue} accepts a JSON string or number; a number is read as its plain decimal text. With a
     * {@code libraryId}, level 1 and 2, name, operator and unit may be left out: they come from the library entry.
     */
    record IndicatorRequest(@Nullable UUID id, @Nullable UUID libraryId, @Nullable Level1 level1,
                            @Nullable Level2 level2,
                            @Size(max = 200) @Nullable String name, @Nullable Operator operator,
                            @NotBlank @Size(max = 500) String targetValue, @Size(max = 32) @Nullable String unit,
                            @NotNull Basis basis,
                            @NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 2) BigDecimal weight) {
    }

    record Content(@NotBlank @Size(max = 200) String projectName, @NotNull BudgetCategory budgetCategory,
                   @NotNull FundSource fundSource,
                   @NotNull @DecimalMin("0.01") @Digits(integer = 16, fraction = 2) BigDecimal budgetAmount,
                   @NotBlank @Size(max = 4000) String overallGoal, @NotBlank @Size(max = 4000) String annualGoal,
                   @Nullable Boolean requiresAssessment,
                   @NotEmpty @Size(max = 200) List<@Valid @NotNull IndicatorRequest> indicators,
                   @Nullable Long version) {
    }

    record Create(@NotNull Integer fiscalYear, @NotNull TargetKind kind, @NotBlank @Size(max = 32) String unitCode,
                  @Size(max = ProjectCode.MAX_LENGTH) @Pattern(regexp = ProjectCode.PATTERN)
                  @Nullable String projectCode,
                  @NotBlank @Size(max = 200) String projectName, @NotNull BudgetCategory budgetCategory,
                  @NotNull FundSource fundSource,
                  @NotNull @DecimalMin("0.01") @Digits(integer = 16, fraction = 2) BigDecimal budgetAmount,
                  @NotBlank @Size(max = 4000) String overallGoal, @NotBlank @Size(max = 4000) String annualGoal,
                  @Nullable Boolean requiresAssessment,
                  @NotEmpty @Size(max = 200) List<@Valid @NotNull IndicatorRequest> indicators) {
    }

    record Review(@NotNull ReviewDecision decision, @NotNull Grade grade,
                  @Nullable Map<ReviewCriterion, @Size(max = 2000) String> criteria,
                  @Size(max = 4000) @Nullable String comments,
                  @Nullable Long version) {
    }

    /** Submitting for review: only the optional expected version. */
    record Submit(@Nullable Long version) {
    }

    /** Publishing: only the optional expected version. */
    record Publish(@Nullable Long version) {
    }

    record LibraryEntry(@NotBlank @Size(max = 50) String industry, @NotNull Level1 level1, @NotNull Level2 level2,
                        @NotBlank @Size(max = 200) String name, @NotNull Operator operator,
                        @Size(max = 32) @Nullable String unit,
                        @Size(max = 4000) @Nullable String guidance) {
    }

    /** The body is optional (CONTRACT.md names none); {@code reason} says why, when the unit gives one. */
    record Adjust(@Size(max = 2000) @Nullable String reason, @Nullable Long version) {
    }
}
