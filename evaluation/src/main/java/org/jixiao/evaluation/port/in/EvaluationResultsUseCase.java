package org.jixiao.evaluation.port.in;

import java.math.BigDecimal;

import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/** A region's self-evaluation results of a year: the summary, their publication, and the public list. */
@PrimaryPort
public interface EvaluationResultsUseCase {

    /**
     * The summary over the part of the region the caller sees: all of it from the region or above, its own subtree
     * from below; a region apart from the caller is a 403.
     *
     * @param threshold the score {@code below} counts under (0–100, two decimals)
     */
    EvaluationSummary summary(int fiscalYear, String regionCode, BigDecimal threshold);

    /** Finance publishes the submitted self-evaluations of a year in a region of its subtree. */
    PublicationView publish(int fiscalYear, String regionCode);

    /** Anyone: the published self-evaluations of a year in a region; an unknown region is an empty page. */
    Page<PublicEvaluation> published(int fiscalYear, @Nullable String regionCode, PageQuery page);
}
