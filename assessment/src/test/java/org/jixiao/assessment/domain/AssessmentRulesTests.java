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
        assertThat(AssessmentRules.WEIGHTS.defaultValue()).isEqualTo(DimensionWeights.NATIONAL_DEFAULT);
        assertThat(AssessmentRules.WEIGHTS.write(AssessmentRules.WEIGHTS.defaultValue())).hasToString(
                "{NECESSITY=20, ECONOMY=20, TARGET_REASONABLENESS=20, FEASIBILITY=20, FUNDING_COMPLIANCE=20}");
        assertThat(AssessmentRules.CONCLUSION_BANDS.defaultValue()).isEqualTo(ConclusionBands.NATIONAL_DEFAULT);
        assertThat(AssessmentRules.CONCLUSION_BANDS.read(AssessmentRules.CONCLUSION_BANDS.write(
                ConclusionBands.NATIONAL_DEFAULT))).isEqualTo(ConclusionBands.NATIONAL_DEFAULT);
        assertThat(AssessmentRules.THRESHOLD.defaultValue()).isEmpty();
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
        assertThat(AssessmentRules.THRESHOLD.read(new BigDecimal("10000000"))).contains(Money.of("10000000.00"));
    }
}
