package org.jixiao.assessment.domain;

import java.time.Instant;

import org.jixiao.assessment.events.Conclusion;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.Score;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What concluding found: the total (the mean of the sheets), its grade and conclusion, finance's suggestions, and
 * the rule version (the highest version of the weights and bands used) so the result can say which rules it applied.
 */
@ValueObject
public record Outcome(Score totalScore, Grade grade, Conclusion conclusion, String suggestions, long ruleVersion,
                      Instant concludedAt, String concludedBy) {
}
