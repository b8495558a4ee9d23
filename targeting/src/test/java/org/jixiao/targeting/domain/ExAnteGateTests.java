package org.jixiao.targeting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jixiao.assessment.events.Conclusion;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.targeting.events.BudgetCategory;
import org.jixiao.targeting.events.FundSource;
import org.jixiao.targeting.events.TargetKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ex-ante gate as DOMAIN.md states it, with assessment's answers given as facts. */
class ExAnteGateTests {

    /** Assessment's answers, and which questions were asked. */
    static final class Facts implements ExAnteFacts {
        final boolean threshold;
        final boolean assessed;
        final Conclusion latest;
        final List<String> asked = new ArrayList<>();

        Facts(boolean threshold, boolean assessed, Conclusion latest) {
            this.threshold = threshold;
            this.assessed = assessed;
            this.latest = latest;
        }

        @Override
        public boolean reachesThreshold(RegionCode region, FiscalYear year, Money budget) {
            asked.add("threshold " + region.value() + " " + year.value() + " " + budget);
            return threshold;
        }

        @Override
        public boolean isAssessed(OrgCode unit, String projectCode, FiscalYear year) {
            asked.add("assessed " + unit.value() + " " + projectCode);
            return assessed;
        }

        @Override
        public Optional<Conclusion> latestConclusion(OrgCode unit, String projectCode, FiscalYear year) {
            asked.add("conclusion");
            return Optional.ofNullable(latest);
        }
    }

    private static PerformanceTarget target(TargetKind kind, boolean flagged) {
        TargetContent content = new TargetContent("校舍改造", BudgetCategory.GENERAL_PUBLIC, FundSource.ANNUAL_BUDGET,
                Money.of("1234567.89"), "改善办学条件", "完成改造", flagged, PerformanceTargetTests.tree());
        return PerformanceTarget.draft(FiscalYear.of(2020), kind,
                PerformanceTargetTests.UNIT_UNDER_REGION, kind == TargetKind.DEPARTMENT_OVERALL ? null : "P-001",
                content, PerformanceTargetTests.NOW);
    }

    @ParameterizedTest(name = "flag {0}, threshold {1}, assessed {2}, latest {3} -> {4}")
    @CsvSource(nullValues = "-", value = {
            "false, false, false, -,                      NOT_REQUIRED",
            "false, false, false, REJECT,                 NOT_REQUIRED",
            "true,  false, false, -,                      NOT_CONCLUDED",
            "false, true,  false, -,                      NOT_CONCLUDED",
            "false, false, true,  -,                      NOT_CONCLUDED",
            "true,  false, false, SUPPORT,                SUPPORTED",
            "false, true,  false, SUPPORT_AFTER_REVISION, SUPPORTED",
            "false, false, true,  REJECT,                 REJECTED"})
    void aProjectRequiresAssessmentWhenFlaggedAtTheThresholdOrAssessedAndIsClearedBySupport(boolean flagged,
            boolean threshold, boolean assessed, Conclusion latest, ExAnteClearance expected) {
        ExAnteClearance clearance = ExAnteGate.clearanceOf(target(TargetKind.PROJECT, flagged),
                new Facts(threshold, assessed, latest));
        assertThat(clearance).isEqualTo(expected);
        assertThat(clearance.allowsApproval()).isEqualTo(expected == ExAnteClearance.NOT_REQUIRED
                || expected == ExAnteClearance.SUPPORTED);
    }

    @ParameterizedTest
    @CsvSource({"true, true, REJECT"})
    void anOverallExpenditureTargetNeverRequiresItAndNothingIsAsked(boolean threshold, boolean assessed,
            Conclusion latest) {
        Facts facts = new Facts(threshold, assessed, latest);
        assertThat(ExAnteGate.clearanceOf(target(TargetKind.DEPARTMENT_OVERALL, true), facts))
                .isEqualTo(ExAnteClearance.NOT_REQUIRED);
        assertThat(facts.asked).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"true, SUPPORT"})
    void aFlaggedTargetAsksOnlyForTheConclusion(boolean threshold, Conclusion latest) {
        Facts facts = new Facts(threshold, true, latest);
        ExAnteGate.clearanceOf(target(TargetKind.POLICY, true), facts);
        assertThat(facts.asked).containsExactly("conclusion");
        Facts unflagged = new Facts(true, true, latest);
        ExAnteGate.clearanceOf(target(TargetKind.PROJECT, false), unflagged);
        assertThat(unflagged.asked).containsExactly("threshold 650121 2020 1234567.89", "conclusion");
    }
}
