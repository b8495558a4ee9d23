package org.jixiao.sharedkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTests {

    @Test
    void keepsTwoDecimalsExactly() {
        assertThat(Money.of("1234567.8").yuan()).isEqualByComparingTo("1234567.80");
        assertThat(Money.of("1234567.8").yuan().scale()).isEqualTo(2);
        assertThat(Money.of("5").toString()).isEqualTo("5.00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.001", "1.005", "1234567.891"})
    void rejectsMoreThanTwoDecimals(String input) {
        assertThatThrownBy(() -> Money.of(input))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code()).isEqualTo("money.tooManyDecimals");
    }

    @Test
    void acceptsTrailingZerosBeyondTwoDecimals() {
        assertThat(Money.of("1.100")).isEqualTo(Money.of("1.1"));
    }

    @Test
    void rejectsText() {
        assertThatThrownBy(() -> Money.of("abc")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void sumsExactlyWhereDoublesWouldDrift() {
        List<Money> tenths = java.util.Collections.nCopies(10, Money.of("0.10"));
        assertThat(Money.sum(tenths)).isEqualTo(Money.of("1.00"));
        assertThat(Money.sum(List.of())).isEqualTo(Money.ZERO);
        assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
        assertThat(Money.of("1.00").minus(Money.of("0.01"))).isEqualTo(Money.of("0.99"));
    }

    @ParameterizedTest
    @CsvSource({
            "100.00, 10, 90.00",
            "0.05, 10, 0.05",   // 0.045 rounds half-up to 0.05
            "0.15, 10, 0.14",   // 0.135 → 0.14
            "1234567.89, 5, 1172839.50",  // 1172839.4955 → .50
            "100.00, 100, 0.00",
            "100.00, 0, 100.00"})
    void reducesByAPercentRoundingHalfUpOnce(String amount, String percent, String expected) {
        assertThat(Money.of(amount).lessPercent(new BigDecimal(percent))).isEqualTo(Money.of(expected));
    }

    @Test
    void formatsInYuanWanAndYi() {
        assertThat(Money.of("1234567.89").format()).isEqualTo("1,234,567.89元");
        assertThat(Money.of("400341900.00").formatWan()).isEqualTo("40,034.19万元");
        assertThat(Money.of("20236300.00").formatWan()).isEqualTo("2,023.63万元");
        assertThat(Money.of("1207000000.00").formatYi()).isEqualTo("12.07亿元");
        assertThat(Money.of("49.99").formatWan()).isEqualTo("0.00万元");
        assertThat(Money.of("50.00").formatWan()).isEqualTo("0.01万元"); // half-up at the last step
    }

    @Test
    void aShareOfAWholeIsARateRoundedOnce() {
        assertThat(Money.of("800000.00").percentOf(Money.of("2000000.00"))).isEqualTo(Rate.of(new BigDecimal("40")));
        assertThat(Money.of("1.00").percentOf(Money.of("3.00")).percent()).isEqualByComparingTo("33.33");
        assertThat(Money.of("2.00").percentOf(Money.of("3.00")).percent()).isEqualByComparingTo("66.67");
        assertThat(Money.of("3.00").percentOf(Money.of("2.00")).percent()).isEqualByComparingTo("150.00");
    }

    @Test
    void aZeroWholeHasNoShare() {
        assertThatThrownBy(() -> Money.of("1.00").percentOf(Money.ZERO)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void comparesByValue() {
        assertThat(Money.of("2.00").isGreaterThan(Money.of("1.99"))).isTrue();
        assertThat(Money.of("2.00").isGreaterThan(Money.of("2"))).isFalse();
        assertThat(Money.of("-1").isNegative()).isTrue();
        assertThat(Money.ZERO.isZero()).isTrue();
    }
}
