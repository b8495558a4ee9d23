package org.jixiao.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.InvalidValueException;
import org.jixiao.sharedkernel.Score;
import org.junit.jupiter.api.Test;

class EvaluationRulesTests {

    @Test
    void theDefaultsAreTheNationalRules() {
        assertThat(EvaluationRules.GRADE_BANDS.defaultValue().gradeOf(Score.of("89.99"))).isEqualTo(Grade.GOOD);
        assertThat(EvaluationRules.BLOCK_POINTS.write(EvaluationRules.BLOCK_POINTS.defaultValue()))
                .hasToString("{EXECUTION=10, OUTPUT=50, BENEFIT=30, SATISFACTION=10}");
        assertThat(EvaluationRules.SPOT_CHECK_RATIO.defaultValue()).isEqualByComparingTo("10");
        assertThat(new EvaluationRules().ruleKeys()).extracting(Object::toString).containsExactly(
                "evaluation.gradeBands", "evaluation.blockPoints", "evaluation.spotCheckRatio", "evaluation.spotCheckGap");
    }

    @Test
    void blockPointsMustSumToHundred() {
        Map<String, Object> ninetyNine = Map.of("EXECUTION", new BigDecimal("9"), "OUTPUT", new BigDecimal("50"),
                "BENEFIT", new BigDecimal("30"), "SATISFACTION", new BigDecimal("10"));
        assertThatThrownBy(() -> EvaluationRules.BLOCK_POINTS.read(ninetyNine))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("rule.sumNotHundred"));
        Map<String, Object> noSatisfaction = Map.of("EXECUTION", new BigDecimal("10"), "OUTPUT", new BigDecimal("50"),
                "BENEFIT", new BigDecimal("40"), "SATISFACTION", BigDecimal.ZERO);
        assertThat(EvaluationRules.BLOCK_POINTS.read(noSatisfaction).benefit()).isEqualByComparingTo("40");
    }
}
