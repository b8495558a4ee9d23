package org.jixiao.sharedkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.sharedkernel.rules.AppliedRule;
import org.jixiao.sharedkernel.rules.Rule;
import org.jixiao.sharedkernel.rules.RuleKey;
import org.jixiao.sharedkernel.rules.RuleSnapshot;
import org.junit.jupiter.api.Test;

class RuleSnapshotTests {

    static final RuleKey<BigDecimal> RATIO = RuleKey.number("x.ratio", "a ratio", BigDecimal.TEN, BigDecimal.ONE,
            BigDecimal.valueOf(100));
    static final RuleKey<BigDecimal> GAP = RuleKey.number("x.gap", "a gap", BigDecimal.valueOf(5), BigDecimal.ZERO,
            BigDecimal.valueOf(100));
    static final RuleKey<BigDecimal> UNDECLARED = RuleKey.number("x.none", "none", BigDecimal.ONE, BigDecimal.ZERO,
            BigDecimal.TEN);

    private final RuleSnapshot snapshot = new RuleSnapshot(RegionCode.of("650121"), FiscalYear.of(2020), List.of(
            new Rule<>(RATIO, BigDecimal.valueOf(15), RegionCode.of("650100"), 42),
            new Rule<>(GAP, BigDecimal.valueOf(5), null, 0)));

    @Test
    void aJobResolvesEveryRuleOnceAndAResultRecordsWhatItApplied() {
        assertThat(snapshot.get(RATIO).value()).isEqualByComparingTo("15");
        assertThat(snapshot.applied(GAP, RATIO)).containsExactly(
                new AppliedRule("x.gap", BigDecimal.valueOf(5), "DEFAULT", 0),
                new AppliedRule("x.ratio", BigDecimal.valueOf(15), "650100", 42));
    }

    @Test
    void aKeyNoStageDeclaredIsAProgrammingError() {
        assertThatThrownBy(() -> snapshot.get(UNDECLARED)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x.none");
    }
}
