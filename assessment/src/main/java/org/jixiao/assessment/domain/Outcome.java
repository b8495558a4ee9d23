package org.jixiao.assessment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jixiao.assessment.events.Conclusion;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.Score;
import org.jixiao.sharedkernel.rules.AppliedRule;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * What concluding found: the total (the mean of the sheets), its grade and conclusion, finance's suggestions, and
 * the rules it applied (weights, conclusion and grade bands: key, value, source and version), so an auditor can
 * reproduce the result after the rules change.
 *
 * @param ruleVersion  the highest version of the rules applied, 0 when all were national defaults
 * @param appliedRules empty for a result concluded before results recorded their rules (it kept only the version)
 */
@ValueObject
public record Outcome(Score totalScore, Grade grade, Conclusion conclusion, @Nullable String suggestions,
                      long ruleVersion, List<AppliedRule> appliedRules, Instant concludedAt, String concludedBy) {

    public Outcome {
        appliedRules = List.copyOf(appliedRules);
    }

    public static Outcome applying(List<AppliedRule> rules, Score totalScore, Grade grade, Conclusion conclusion,
            @Nullable String suggestions, Instant concludedAt, String concludedBy) {
        return new Outcome(totalScore, grade, conclusion, suggestions, AppliedRule.highestVersion(rules), rules,
                concludedAt, concludedBy);
    }

    /** The dimension weights the conclusion applied; empty for a result concluded before results recorded rules. */
    public Optional<DimensionWeights> weights() {
        return AppliedRule.find(appliedRules, AssessmentRules.WEIGHTS)
                .map(rule -> rule.valueOf(AssessmentRules.WEIGHTS));
    }
}
