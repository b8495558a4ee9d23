package org.jixiao.evaluation.domain;

import java.util.Optional;

import org.jmolecules.ddd.types.Repository;

/** The department and key evaluations. */
public interface KeyEvaluations extends Repository<KeyEvaluation, KeyEvaluationId> {

    Optional<KeyEvaluation> find(KeyEvaluationId id);

    /**
     * Stores the evaluation (new at version 0) when it is still at the version it was loaded with (else 409).
     *
     * @return the new version
     */
    long save(KeyEvaluation evaluation);
}
