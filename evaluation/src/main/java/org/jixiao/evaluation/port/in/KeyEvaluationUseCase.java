package org.jixiao.evaluation.port.in;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.jixiao.evaluation.domain.FrameworkDimension;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/**
 * Department evaluations (部门评价) and finance key evaluations (财政重点评价): finance or a department commissions
 * one over a subject of its subtree, its own staff or an agency's EXPERT account scores it.
 */
@PrimaryPort
public interface KeyEvaluationUseCase {

    KeyEvaluationView commission(CommissionKeyEvaluationCommand command);

    /** The evaluator files (or replaces) the scores, findings and report. */
    KeyEvaluationView score(UUID id, Map<FrameworkDimension, BigDecimal> scores, @Nullable String findings,
            @Nullable String report, @Nullable Long expectedVersion);

    /** An evaluation the caller sees: an EXPERT its assignments, the others their subtree's. */
    KeyEvaluationView get(UUID id);

    Page<KeyEvaluationView> list(@Nullable Integer fiscalYear, PageQuery page);
}
