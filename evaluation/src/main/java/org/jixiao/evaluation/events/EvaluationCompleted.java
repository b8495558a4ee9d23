package org.jixiao.evaluation.events;

import java.math.BigDecimal;
import java.util.UUID;

import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.events.EventHeader;
import org.jixiao.sharedkernel.events.StageEvent;
import org.jixiao.targeting.events.TargetKind;
import org.jspecify.annotations.Nullable;

/**
 * A self-evaluation counts, or what counts of it changed: published when the unit submits it, and whenever its
 * effective score or grade changes after that (the department's score, finance's, a rescore with the rules in
 * force). The effective score is finance's, else the department's, else the submitted self-score; a draft never
 * counts. A consumer keeps the latest per target: the higher {@code header.aggregateVersion} of the same target is
 * later. The header's aggregate is the target, and its unit the target's.
 *
 * @param projectCode    null for an overall-expenditure target
 * @param departmentCode the unit's department, null for a unit directly under a region
 * @param budgetAmount   the adjusted budget the unit evaluated against
 * @param executedAmount the amount it executed in the year
 * @param selfScore      the unit's own score, with the rules in force when it was last scored
 */
public record EvaluationCompleted(EventHeader header, UUID targetId, TargetKind kind, @Nullable String projectCode,
                                  String projectName, @Nullable String departmentCode, BigDecimal budgetAmount,
                                  BigDecimal executedAmount, BigDecimal selfScore, BigDecimal effectiveScore,
                                  Grade grade, ScoredBy scoredBy) implements StageEvent {
}
