package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.sharedkernel.Grade;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A self-evaluation's score: the budget execution score and each indicator's, each rounded half-up to two decimals,
 * and their sum, graded by the bands in force. The breakdown always adds up to the score.
 */
@ValueObject
public record Scorecard(BigDecimal executionScore, List<IndicatorScore> indicators, BigDecimal score, Grade grade) {

    public Scorecard {
        indicators = List.copyOf(indicators);
    }
}
