package org.jixiao.evaluation.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.OrgPath;

import org.jmolecules.ddd.types.Repository;
import org.jspecify.annotations.Nullable;

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

    /**
     * Up to {@code limit} self-evaluations of a year in a region's subtree, in unit path and target order, after a
     * position (from the start when null): a rescore's page.
     */
    List<SelfEvaluation> page(FiscalYear year, OrgPath region, @Nullable Position after, int limit);

    /** Where a page ended: its last evaluation's unit path and target. */
    record Position(String unitPath, UUID target) {
    }

    /**
     * Stores what a rescore computed (scores, breakdowns, rules applied, effective results) of those still at the
     * version they were loaded with, in set statements; one changed meanwhile is left as it is now (its own filing
     * scored it with the rules in force).
     *
     * @return the targets stored
     */
    Set<UUID> saveScores(List<SelfEvaluation> rescored);
}
