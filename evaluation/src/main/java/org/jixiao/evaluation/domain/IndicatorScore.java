package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One line of a self-evaluation's breakdown: the indicator's block, its share of the block's points, the rule that
 * scored it and its score (both to two decimals; the score is rounded once, from the exact share).
 */
@ValueObject
public record IndicatorScore(UUID indicatorId, Block block, BigDecimal points, ScoringRule rule, BigDecimal score) {
}
