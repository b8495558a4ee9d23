package org.jixiao.evaluation.service;

import java.util.List;
import java.util.UUID;

import org.jixiao.evaluation.api.EvaluationResultsInForce;
import org.jixiao.evaluation.events.EvaluationCompleted;
import org.jixiao.evaluation.events.SpotCheckFlagged;
import org.jixiao.evaluation.port.out.EvaluationResults;
import org.jixiao.evaluation.port.out.SpotCheckReadModel;
import org.jixiao.sharedkernel.access.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Evaluation's results for a later stage's projection: keyset pages over the results, in an explicit scope. */
@Service
class EvaluationResultsInForceService implements EvaluationResultsInForce {

    private final EvaluationResults results;
    private final SpotCheckReadModel checks;

    EvaluationResultsInForceService(EvaluationResults results, SpotCheckReadModel checks) {
        this.results = results;
        this.checks = checks;
    }

    @Override
    @Transactional(readOnly = true)
    public List<EvaluationCompleted> completed(Scope scope, @Nullable UUID after, int limit) {
        return results.completed(scope, after, checked(limit));
    }

    @Override
    @Transactional(readOnly = true)
    public List<SpotCheckFlagged> flagged(Scope scope, @Nullable SpotCheckFlagged after, int limit) {
        return checks.flagged(scope, after == null ? null : after.spotCheckId(),
                after == null ? null : after.targetId(), checked(limit));
    }

    private static int checked(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit " + limit + " is not 1–" + MAX_PAGE);
        }
        return limit;
    }
}
