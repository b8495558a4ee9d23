package org.jixiao.targeting.domain;

import java.time.Instant;
import java.util.Map;

import org.jixiao.sharedkernel.Grade;
import org.jmolecules.ddd.annotation.ValueObject;

/** One review of the chain (审核): who, at which stage, what they decided and graded, and what came of it. */
@ValueObject
public record Review(Reviewer stage, String reviewer, ReviewDecision decision, Grade grade,
                     Map<ReviewCriterion, String> criteria, String comments, TargetStatus resultingStatus,
                     int revision, Instant reviewedAt) {

    public Review {
        criteria = Map.copyOf(criteria);
    }
}
