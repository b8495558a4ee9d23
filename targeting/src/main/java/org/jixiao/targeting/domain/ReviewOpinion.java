package org.jixiao.targeting.domain;

import java.util.Map;

import org.jixiao.sharedkernel.Grade;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * What a reviewer of the chain (审核意见) says of a target: who at which stage, the grade, the comments per
 * criterion and overall. The grade decides over the decision: 中 FAIR and 差 POOR return the target.
 */
@ValueObject
public record ReviewOpinion(Reviewer stage, String reviewer, Grade grade, Map<ReviewCriterion, String> criteria,
                            @Nullable String comments) {

    /** Only 优 EXCELLENT and 良 GOOD let an approval pass. */
    boolean gradePasses() {
        return grade == Grade.EXCELLENT || grade == Grade.GOOD;
    }
}
