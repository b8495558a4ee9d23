package org.jixiao.targeting.port.in;

import java.util.Map;

import org.jixiao.sharedkernel.Grade;
import org.jixiao.targeting.domain.ReviewCriterion;
import org.jixiao.targeting.domain.ReviewDecision;
import org.jspecify.annotations.Nullable;

/** A review: the decision, the grade (which decides over it), the optional four criteria and comments. */
public record ReviewCommand(ReviewDecision decision, Grade grade, @Nullable Map<ReviewCriterion, String> criteria, @Nullable String comments) {
}
