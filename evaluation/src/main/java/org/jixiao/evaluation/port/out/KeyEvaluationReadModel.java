package org.jixiao.evaluation.port.out;

import org.jixiao.evaluation.domain.KeyEvaluation;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.access.Scope;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.Nullable;

/** The lists of department and key evaluations. */
@SecondaryPort
public interface KeyEvaluationReadModel {

    /**
     * The evaluations of a year (any when null), newest first: an expert's assignments when {@code expert} is
     * given, else those whose subject or commissioning body lies in the scope.
     */
    Page<KeyEvaluation> list(Scope scope, @Nullable String expert, @Nullable Integer fiscalYear, PageQuery page);
}
