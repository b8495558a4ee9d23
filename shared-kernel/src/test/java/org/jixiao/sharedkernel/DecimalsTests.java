package org.jixiao.sharedkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jixiao.sharedkernel.rules.RuleKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers that are short in JSON but enormous written out are refused before anything formats them. */
class DecimalsTests {

    @ParameterizedTest
    @ValueSource(strings = {"0", "99999999999999999999.99", "12345678901234567890", "0.00000000000000000001",
            "1E+19", "-5.5"})
    void boundedNumbersPass(String value) {
        assertThat(Decimals.isBounded(new BigDecimal(value))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-999999999", "1e999999999", "1e-100000000", "123456789012345678901",
            "0.000000000000000000001", "1E+20"})
    void hugeOrTinyNumbersAreRefusedWithoutWritingThemOut(String value) {
        BigDecimal number = new BigDecimal(value);
        assertThat(Decimals.isBounded(number)).isFalse();
        assertThatThrownBy(() -> Decimals.requireBounded(number))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("number.outOfRange");
                    assertThat(e.arguments()).isEqualTo(List.of(20, 20));
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-999999999", "1e999999999"})
    void theValueTypesAndTheRulesRefuseThemFirst(String value) {
        BigDecimal number = new BigDecimal(value);
        assertThatThrownBy(() -> Money.of(number)).hasFieldOrPropertyWithValue("code", "number.outOfRange");
        assertThatThrownBy(() -> Score.of(number)).hasFieldOrPropertyWithValue("code", "number.outOfRange");
        assertThatThrownBy(() -> Money.of(value)).hasFieldOrPropertyWithValue("code", "number.outOfRange");
        RuleKey<BigDecimal> ratio = RuleKey.number("x.ratio", "a ratio", BigDecimal.TEN, BigDecimal.ONE,
                BigDecimal.valueOf(100));
        assertThatThrownBy(() -> ratio.read(number)).hasFieldOrPropertyWithValue("code", "number.outOfRange");
        RuleKey<Map<String, BigDecimal>> weights = RuleKey.points("x.weights", "weights",
                Map.of("A", BigDecimal.TEN), Map::copyOf, Map::copyOf);
        assertThatThrownBy(() -> weights.read(Map.of("A", number)))
                .hasFieldOrPropertyWithValue("code", "number.outOfRange");
    }
}
