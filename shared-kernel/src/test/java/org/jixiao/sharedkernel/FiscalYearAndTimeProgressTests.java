package org.jixiao.sharedkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearAndTimeProgressTests {

    @Test
    void fiscalYearsFrom2000To2100() {
        assertThat(FiscalYear.of(2000).value()).isEqualTo(2000);
        assertThat(FiscalYear.of(2100).value()).isEqualTo(2100);
        assertThat(FiscalYear.of(2021).previous()).isEqualTo(FiscalYear.of(2020));
        assertThat(FiscalYear.of(2020).next()).isEqualTo(FiscalYear.of(2021));
    }

    @ParameterizedTest
    @ValueSource(ints = {1999, 2101, 0, -2020})
    void yearsOutsideTheRangeAreRejected(int year) {
        assertThatThrownBy(() -> FiscalYear.of(year))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code()).isEqualTo("fiscalYear.outOfRange");
    }

    @ParameterizedTest
    @CsvSource({"1, 8.33", "5, 41.67", "6, 50.00", "8, 66.67", "9, 75.00", "11, 91.67", "12, 100.00"})
    void timeProgressIsTheCutoffMonthOverTwelve(int month, String percent) {
        assertThat(TimeProgress.atEndOf(month).rate().percent()).isEqualByComparingTo(percent);
    }

    @Test
    void timeProgressKeepsTheUnroundedFractionForRatios() {
        assertThat(TimeProgress.atEndOf(9).fraction()).isEqualByComparingTo("0.75");
        assertThat(TimeProgress.atEndOf(5).percent().toPlainString()).startsWith("41.66666666");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 13, -1})
    void cutoffMonthsAreOneToTwelve(int month) {
        assertThatThrownBy(() -> TimeProgress.atEndOf(month)).isInstanceOf(InvalidValueException.class);
    }
}
