package org.jixiao.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jixiao.sharedkernel.InvalidValueException;
import org.jixiao.sharedkernel.Money;
import org.junit.jupiter.api.Test;

class AssessmentRulesTests {

    @Test
    void defaults() {
        assertThat(AssessmentRules.weightsOf(AssessmentRules.WEIGHTS.defaultValue())).isEqualTo(DimensionWeights.NATIONAL_DEFAULT);
        assertThat(AssessmentRules.conclusionBandsOf(AssessmentRules.CONCLUSION_BANDS.defaultValue()))
                .isEqualTo(ConclusionBands.NATIONAL_DEFAULT);
        assertThat(AssessmentRules.THRESHOLD.defaultValue()).isNull();
        assertThat(new AssessmentRules().ruleKeys()).extracting(Object::toString).containsExactly(
                "assessment.weights", "assessment.conclusionBands", "assessment.gradeBands", "assessment.threshold");
    }

    @Test
    void malformedValuesAreRejected() {
        Map<String, Object> weights = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            weights.put(dimension.name(), BigDecimal.valueOf(21));
        }
        assertThatThrownBy(() -> AssessmentRules.WEIGHTS.read(weights)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> AssessmentRules.CONCLUSION_BANDS.read(
                Map.of("SUPPORT", BigDecimal.valueOf(60), "SUPPORT_AFTER_REVISION", BigDecimal.valueOf(70))))
                .isInstanceOf(InvalidValueException.class);
        assertThat(AssessmentRules.THRESHOLD.read(new BigDecimal("10000000"))).isEqualTo(Money.of("10000000.00"));
    }
}
