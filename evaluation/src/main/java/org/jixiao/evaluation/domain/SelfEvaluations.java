package org.jixiao.evaluation.domain;

import java.util.Optional;

import org.jmolecules.ddd.types.Repository;

/** The self-evaluations, and the targets in force they evaluate (evaluation's copy). */
public interface SelfEvaluations extends Repository<SelfEvaluation, SelfEvaluationId> {

    Optional<SelfEvaluation> find(SelfEvaluationId id);

    /** The target in force with this id, at the revision evaluation's copy holds. */
    Optional<EvaluatedTarget> target(SelfEvaluationId id);

    /**
     * Stores the self-evaluation (new at version 0) when it is still at the version it was loaded with (else 409).
     *
     * @return the new version
     */
    long save(SelfEvaluation evaluation);
}
