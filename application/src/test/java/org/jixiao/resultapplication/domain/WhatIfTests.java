package org.jixiao.resultapplication.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.resultapplication.domain.Results.result;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.sharedkernel.GradeBands;
import org.jixiao.sharedkernel.Money;
import org.junit.jupiter.api.Test;

/** The proposals under other rule values, side by side, by department. */
class WhatIfTests {

    static final ProposalRules NATIONAL = ProposalRules.NATIONAL_DEFAULT;

    static final List<ProjectResult> RESULTS = List.of(
            result("P1", "U1", "D1", "87.00", "1000000.00", 0),  // 良 KEEP; 优 under 85/75/60
            result("P2", "U1", "D1", "78.00", "200000.00", 0),   // 中 CUT;  良 under 85/75/60
            result("P3", "U2", "D2", "65.00", "300000.00", 0),   // 中 CUT under both
            result("P4", "U3", null, "72.00", "100000.00", 1));  // 中 CUT, a rectification open

    @Test
    void aDeeperCutForFairMovesMoneyButNoAction() {
        ProposalRules fifteen = new ProposalRules(NATIONAL.actions(), new BigDecimal("15"),
                NATIONAL.openRectificationPercent(), null, List.of());
        WhatIf whatIf = WhatIf.compare(RESULTS, NATIONAL, fifteen);
        assertThat(whatIf.changed()).isZero();
        assertThat(whatIf.difference()).isEqualTo(Money.of("-30000.00")); // 5% of the 600,000 of FAIR projects
        assertThat(whatIf.inForce().proposedAmount()).isEqualTo(Money.of("1535000.00"));
        assertThat(whatIf.whatIf().proposedAmount()).isEqualTo(Money.of("1505000.00"));
        assertThat(whatIf.byDepartment()).extracting(WhatIf.Department::departmentCode)
                .containsExactly("D1", "D2", null);
        WhatIf.Department d1 = whatIf.byDepartment().get(0);
        assertThat(d1.projects()).isEqualTo(2);
        assertThat(d1.inForceAmount()).isEqualTo(Money.of("1180000.00"));
        assertThat(d1.whatIfAmount()).isEqualTo(Money.of("1170000.00"));
        assertThat(d1.difference()).isEqualTo(Money.of("-10000.00"));
        assertThat(whatIf.byDepartment().get(2).difference()).isEqualTo(Money.of("-5000.00"));
    }

    @Test
    void otherBandsChangeActionsAndWhereTheMoneyGoes() {
        ProposalRules bands = new ProposalRules(NATIONAL.actions(), NATIONAL.cutPercent(),
                NATIONAL.openRectificationPercent(), new GradeBands(new BigDecimal("85"), new BigDecimal("75"),
                new BigDecimal("60")), List.of());
        WhatIf whatIf = WhatIf.compare(RESULTS, NATIONAL, bands);
        assertThat(whatIf.changed()).isEqualTo(2);                          // P1 KEEP→PRIORITY, P2 CUT→KEEP
        assertThat(whatIf.difference()).isEqualTo(Money.of("20000.00"));   // P2 keeps its 10%
        assertThat(whatIf.whatIf().priorityAmount()).isEqualTo(Money.of("1000000.00"));
        assertThat(whatIf.inForce().priorityAmount().isZero()).isTrue();
        assertThat(whatIf.byDepartment().get(0).changed()).isEqualTo(2);
        assertThat(whatIf.byDepartment().get(1).changed()).isZero();
    }

    @Test
    void theRulesInForceAgainstThemselvesChangeNothing() {
        WhatIf same = WhatIf.compare(RESULTS, NATIONAL, NATIONAL);
        assertThat(same.changed()).isZero();
        assertThat(same.difference().isZero()).isTrue();
        assertThat(same.inForce()).isEqualTo(same.whatIf());
    }
}
