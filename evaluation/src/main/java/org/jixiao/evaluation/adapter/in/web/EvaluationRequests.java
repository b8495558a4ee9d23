package org.jixiao.evaluation.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The request bodies of the evaluation API that act on a region's evaluations of a year. */
final class EvaluationRequests {

    private EvaluationRequests() {
    }

    /** A region's self-evaluations of a year to score again with the rules in force. */
    record Rescore(@NotNull Integer fiscalYear, @NotBlank @Size(max = 32) String regionCode) {
    }

    /** A region's results of a year to publish. */
    record Publish(@NotNull Integer fiscalYear, @NotBlank @Size(max = 32) String regionCode) {
    }
}
