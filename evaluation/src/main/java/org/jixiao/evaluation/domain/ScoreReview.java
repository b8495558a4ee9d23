package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.time.Instant;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** A reviewer's score of a submitted self-evaluation (the department's, or finance's final one) and its opinion. */
@ValueObject
public record ScoreReview(BigDecimal score, @Nullable String opinion, String by, Instant at) {
}
