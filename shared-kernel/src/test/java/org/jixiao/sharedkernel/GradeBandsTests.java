package org.jixiao.sharedkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeBandsTests {

    @ParameterizedTest
    @CsvSource({
            "100, EXCELLENT", "90.00, EXCELLENT", "89.99, GOOD", "80.00, GOOD", "79.99, FAIR",
            "60.00, FAIR", "59.99, POOR", "0, POOR"})
    void nationalDefaultBands(String score, Grade expected) {
        assertThat(GradeBands.NATIONAL_DEFAULT.gradeOf(Score.of(score))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"80.00, EXCELLENT", "79.99, GOOD", "70.00, GOOD", "69.99, FAIR", "60.00, FAIR", "59.99, POOR"})
    void aRegionsOwnBands(String score, Grade expected) {
        GradeBands selfEvaluation = new GradeBands(BigDecimal.valueOf(80), BigDecimal.valueOf(70), BigDecimal.valueOf(60));
        assertThat(selfEvaluation.gradeOf(Score.of(score))).isEqualTo(expected);
    }

    @Test
    void boundsMustDescendWithinZeroToHundred() {
        assertThatThrownBy(() -> new GradeBands(BigDecimal.valueOf(80), BigDecimal.valueOf(80), BigDecimal.valueOf(60)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new GradeBands(BigDecimal.valueOf(101), BigDecimal.valueOf(80), BigDecimal.valueOf(60)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new GradeBands(BigDecimal.valueOf(90), BigDecimal.valueOf(80), BigDecimal.valueOf(-1)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void gradesCarryChineseLabels() {
        assertThat(Grade.EXCELLENT.label()).isEqualTo("优");
        assertThat(Grade.GOOD.label()).isEqualTo("良");
        assertThat(Grade.FAIR.label()).isEqualTo("中");
        assertThat(Grade.POOR.label()).isEqualTo("差");
    }
}
