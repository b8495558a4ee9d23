package org.jixiao.sharedkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RateAndScoreTests {

    @Test
    void quantificationRateOfUrumqiCounty() {
        // 3,308 level-3 indicators, 72.79% quantified: 2,408 of them.
        assertThat(Rate.ratio(2408, 3308).percent()).isEqualByComparingTo("72.79");
    }

    @ParameterizedTest
    @CsvSource({"1, 3, 33.33", "2, 3, 66.67", "1, 8, 12.50", "1, 200, 0.50", "1, 400, 0.25", "0, 5, 0.00", "7, 5, 140.00"})
    void ratesRoundHalfUpOnce(long part, long whole, String expected) {
        assertThat(Rate.ratio(part, whole).percent()).isEqualByComparingTo(expected);
    }

    @Test
    void aRateNeedsAPositiveWholeAndIsNeverNegative() {
        assertThatThrownBy(() -> Rate.ratio(0, 0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Rate.of(new BigDecimal("-0.01"))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void gapInPercentagePoints() {
        assertThat(Rate.of(new BigDecimal("40")).pointsFrom(Rate.of(new BigDecimal("70")))).isEqualByComparingTo("30");
        assertThat(Rate.of(new BigDecimal("55")).pointsFrom(Rate.of(new BigDecimal("70")))).isEqualByComparingTo("15");
        assertThat(Rate.of(new BigDecimal("72.79")).format()).isEqualTo("72.79%");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "59.99", "60", "89.99", "90.00", "100"})
    void scoresFromZeroToHundred(String points) {
        assertThat(Score.of(points).points().scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "100.01", "101"})
    void scoresOutsideZeroToHundredAreRejected(String points) {
        assertThatThrownBy(() -> Score.of(points))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code()).isEqualTo("score.outOfRange");
    }

    @Test
    void inputScoresWithThreeDecimalsAreRejectedButComputedOnesRounded() {
        assertThatThrownBy(() -> Score.of("89.995")).isInstanceOf(InvalidValueException.class);
        assertThat(Score.rounded(new BigDecimal("89.995"))).isEqualTo(Score.of("90.00"));
        assertThat(Score.rounded(new BigDecimal("18.947368"))).isEqualTo(Score.of("18.95"));
    }

    @Test
    void theMeanOfTwoAssessmentSheets() {
        assertThat(Score.mean(List.of(Score.of("88"), Score.of("84")))).isEqualTo(Score.of("86.00"));
        assertThat(Score.mean(List.of(Score.of("89.99"), Score.of("90.00")))).isEqualTo(Score.of("90.00"));
        assertThat(Score.mean(List.of(Score.of("70"), Score.of("69.99"), Score.of("69.99")))).isEqualTo(Score.of("69.99"));
        assertThatThrownBy(() -> Score.mean(List.of())).isInstanceOf(InvalidValueException.class);
    }
}
