package org.jixiao.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.GradeBands;
import org.jixiao.sharedkernel.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The framework of department and key evaluations: weights, scores and the derived grade at their boundaries. */
class FrameworkScoresTests {

    @Test
    void theScoreIsTheSumOfTheFourGradedByTheBands() {
        FrameworkScores scores = new FrameworkScores(of("15", "15", "35", "35"), of("13.5", "12", "33", "31.49"));
        assertThat(scores.score()).isEqualByComparingTo("89.99");
        assertThat(scores.grade(GradeBands.NATIONAL_DEFAULT)).isEqualTo(Grade.GOOD);
        assertThat(new FrameworkScores(of("15", "15", "35", "35"), of("13.5", "12", "33", "31.5"))
                .grade(GradeBands.NATIONAL_DEFAULT)).isEqualTo(Grade.EXCELLENT);
        assertThat(scores.weights().keySet()).containsExactly(FrameworkDimension.values());
    }

    @ParameterizedTest(name = "weights {0}/{1}/{2}/{3}: {4}")
    @CsvSource({
            "20, 20, 30, 30, ",                              // OUTPUT + BENEFIT exactly 60
            "20.01, 20, 29.99, 30, framework.resultsBelowSixty", // 59.99
            "20, 20, 30, 29.99, framework.weightsNotHundred",  // 99.99
            "20, 20, 30, 30.01, framework.weightsNotHundred",  // 100.01
            "0, 0, 50, 50, ",
            "-1, 21, 40, 40, framework.badValue",
            "20, 20, 30.001, 29.999, framework.badValue"})
    void theWeights(String decision, String process, String output, String benefit, String refusal) {
        Map<FrameworkDimension, BigDecimal> weights = of(decision, process, output, benefit);
        Map<FrameworkDimension, BigDecimal> zero = of("0", "0", "0", "0");
        if (refusal == null) {
            assertThat(new FrameworkScores(weights, zero).score()).isEqualByComparingTo("0");
        } else {
            assertThatThrownBy(() -> new FrameworkScores(weights, zero)).isInstanceOfSatisfying(
                    InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(refusal));
        }
    }

    @Test
    void aScoreMayReachItsWeightButNotPassIt() {
        Map<FrameworkDimension, BigDecimal> weights = of("20", "20", "30", "30");
        assertThat(new FrameworkScores(weights, of("20", "20", "30", "30")).score()).isEqualByComparingTo("100");
        assertThatThrownBy(() -> new FrameworkScores(weights, of("20", "20", "30.01", "29")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("framework.scoreAboveWeight"));
    }

    @Test
    void everyDimensionIsRequired() {
        Map<FrameworkDimension, BigDecimal> three = new EnumMap<>(of("20", "20", "30", "30"));
        three.remove(FrameworkDimension.PROCESS);
        assertThatThrownBy(() -> new FrameworkScores(three, of("0", "0", "0", "0")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("framework.dimensionMissing"));
    }

    private static Map<FrameworkDimension, BigDecimal> of(String decision, String process, String output,
            String benefit) {
        Map<FrameworkDimension, BigDecimal> m = new EnumMap<>(FrameworkDimension.class);
        m.put(FrameworkDimension.DECISION, new BigDecimal(decision));
        m.put(FrameworkDimension.PROCESS, new BigDecimal(process));
        m.put(FrameworkDimension.OUTPUT, new BigDecimal(output));
        m.put(FrameworkDimension.BENEFIT, new BigDecimal(benefit));
        return m;
    }
}
