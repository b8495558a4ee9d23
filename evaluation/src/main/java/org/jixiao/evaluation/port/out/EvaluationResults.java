package org.jixiao.evaluation.port.out;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jixiao.evaluation.events.EvaluationCompleted;
import org.jixiao.evaluation.port.in.PublicEvaluation;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.access.Scope;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.Nullable;

/** The statistics and the public list of the self-evaluations, read set-based in evaluation's schema. */
@SecondaryPort
public interface EvaluationResults {

    /**
     * The submitted self-evaluations of a year in a subtree, by their effective scores, and the targets in force
     * there.
     *
     * @param wholeRegion the subtree is a whole region's (read from the region totals) rather than a department's
     *                    or a unit's (read from the evaluations)
     * @param threshold   {@code below} counts the effective scores under it
     */
    Totals totals(FiscalYear year, OrgPath subtree, boolean wholeRegion, BigDecimal threshold);

    /** Sums of a subtree's evaluations: money in 元, {@code scoreSum} the sum of the effective scores. */
    record Totals(long evaluations, long targets, BigDecimal budgetAmount, BigDecimal executedAmount,
                  BigDecimal scoreSum, long below, BigDecimal belowBudgetAmount, BigDecimal belowExecutedAmount,
                  Map<Grade, Long> grades) {
    }

    /**
     * Publishes the submitted, not yet published self-evaluations of a year in a region's subtree.
     *
     * @return how many it published
     */
    int publish(FiscalYear year, OrgPath region, Instant at);

    /** Records an act of publication, for the record of who published what and when. */
    void recordPublication(FiscalYear year, RegionCode region, Instant at, String by, int published);

    /**
     * The published self-evaluations of a year in a region's subtree (every region's when null), in unit and
     * project order.
     */
    Page<PublicEvaluation> published(FiscalYear year, @Nullable OrgPath region, PageQuery page);

    /** The submitted self-evaluations in a scope as the events of their effective results, by target id. */
    List<EvaluationCompleted> completed(Scope scope, @Nullable UUID after, int limit);
}
