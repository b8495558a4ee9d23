package org.jixiao.assessment.adapter.in.web;

import java.math.BigDecimal;
import java.util.Map;

import org.jixiao.assessment.domain.Dimension;
import org.jixiao.assessment.events.AssessmentKind;
import org.jixiao.sharedkernel.ProjectCode;
import org.jspecify.annotations.Nullable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The request bodies of the assessment API. */
final class AssessmentRequests {

    private AssessmentRequests() {
    }

    record Summary(@Size(max = 4000) @Nullable String necessity, @Size(max = 4000) @Nullable String plan,
                   @Size(max = 4000) @Nullable String funding) {
    }

    record Create(@NotNull Integer fiscalYear, @NotNull AssessmentKind kind, @NotBlank @Size(max = 32) String unitCode,
                  @NotBlank @Size(max = ProjectCode.MAX_LENGTH) @Pattern(regexp = ProjectCode.PATTERN) String projectCode,
                  @NotBlank @Size(max = 200) String projectName,
                  @NotNull @DecimalMin(value = "0.01") @Digits(integer = 16, fraction = 2) BigDecimal requestedAmount,
                  @Valid @Nullable Summary summary) {
    }

    record Assign(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 32) String commissionedBy,
                  @Nullable Long version) {
    }

    record Scores(@NotBlank @Size(max = 100) String assessor, @NotEmpty Map<Dimension, BigDecimal> scores,
                  @Nullable Map<Dimension, @Size(max = 4000) String> findings, @Nullable Long version) {
    }

    record Conclude(@Size(max = 4000) @Nullable String suggestions, @Nullable Long version) {
    }
}
