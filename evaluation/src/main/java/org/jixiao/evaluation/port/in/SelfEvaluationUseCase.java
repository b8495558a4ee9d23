package org.jixiao.evaluation.port.in;

import java.math.BigDecimal;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/**
 * Self-evaluation (单位自评): the owning unit fills and submits the self-evaluation of its target in force, its
 * department adds a score, finance finalises; the unit's subtree (and auditors) read it.
 */
@PrimaryPort
public interface SelfEvaluationUseCase {

    /** Fills or changes the caller's own draft, scored at once by the rules in force; a stale version is a 409. */
    SelfEvaluationView file(FileSelfEvaluationCommand command, @Nullable Long expectedVersion);

    /** Submits the caller's own draft: from now on it counts. */
    SelfEvaluationView submit(UUID targetId, @Nullable Long expectedVersion);

    /** The department of the unit scores the submitted self-evaluation. */
    SelfEvaluationView reviewByDepartment(UUID targetId, BigDecimal score, @Nullable String opinion,
            @Nullable Long expectedVersion);

    /** Finance of the region finalises the submitted self-evaluation with its score. */
    SelfEvaluationView finalise(UUID targetId, BigDecimal score, @Nullable String opinion,
            @Nullable Long expectedVersion);

    /** A self-evaluation the caller can see: its own unit's, or one in its subtree. */
    SelfEvaluationView get(UUID targetId);

    /** 404 unless the target is in force, 403 unless it is in the caller's subtree: the checks before a body's. */
    void requireVisible(UUID targetId);
}
