package org.jixiao.targeting.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.jixiao.sharedkernel.Grade;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** One review of the chain (审核): who, at which stage, what they decided and graded, and what came of it. */
@ValueObject
public record Review(Reviewer stage, String reviewer, ReviewDecision decision, Grade grade,
                     Map<ReviewCriterion, String> criteria, @Nullable String comments, TargetStatus resultingStatus,
                     int revision, Instant reviewedAt) {

    /** A criterion left empty (null or blank) is no criterion. */
    public Review {
        Map<ReviewCriterion, String> given = new EnumMap<>(ReviewCriterion.class);
        criteria.forEach((criterion, text) -> {
            if (text != null && !text.isBlank()) {
                given.put(criterion, text.strip());
            }
        });
        criteria = Collections.unmodifiableMap(given);
    }
}
