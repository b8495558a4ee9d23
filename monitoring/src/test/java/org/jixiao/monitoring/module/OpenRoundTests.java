package org.jixiao.monitoring.module;

import static jixiao.testsupport.TestOrgDirectory.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jixiao.testsupport.TestCallers;
import jixiao.testsupport.TestOrgDirectory;
import org.jixiao.monitoring.domain.RoundScope;
import org.jixiao.monitoring.port.in.OpenRoundCommand;
import org.jixiao.monitoring.port.in.RoundUseCase;
import org.jixiao.monitoring.port.in.RoundView;
import org.jixiao.monitoring.port.in.TargetProjectionUseCase;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.ForbiddenException;
import org.jixiao.sharedkernel.access.OrgUnitRef;
import org.jixiao.sharedkernel.access.Role;
import org.jixiao.sharedkernel.events.EventHeader;
import org.jixiao.targeting.events.BudgetCategory;
import org.jixiao.targeting.events.FundSource;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jixiao.targeting.events.TargetApproved;
import org.jixiao.targeting.events.TargetApproved.ApprovedIndicator;
import org.jixiao.targeting.events.TargetKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** Opening a round takes a snapshot of the copy of the targets in force: the round's year, scope and subtree only. */
@SpringJUnitConfig(MonitoringTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenRoundTests {

    @Autowired
    TestOrgDirectory directory;
    @Autowired
    TestCallers callers;
    @Autowired
    TargetProjectionUseCase projection;
    @Autowired
    RoundUseCase rounds;
    @Autowired
    JdbcClient jdbc;

    OrgUnitRef county;
    Caller countyFinance;
    Caller cityFinance;
    Caller otherFinance;
    Caller school;
    Caller hospital;

    @BeforeAll
    void targetsInForceOfTwoCountiesKindsAndYears() {
        OrgUnitRef xinjiang = directory.region("650000", "新疆维吾尔自治区", null);
        OrgUnitRef city = directory.region("650100", "乌鲁木齐市", xinjiang);
        county = directory.region("650121", "乌鲁木齐县", city);
        OrgUnitRef luntai = directory.region("652822", "轮台县", xinjiang);
        OrgUnitRef education = directory.department("OR-EDU", "乌鲁木齐县教育局", county);
        OrgUnitRef schoolUnit = directory.unit("OR-S1", "乌鲁木齐县第一中学", education);
        OrgUnitRef clinic = directory.unit("OR-H1", "轮台县人民医院", luntai);
        countyFinance = caller("or-fin", Role.FINANCE, county);
        cityFinance = caller("or-city", Role.FINANCE, city);
        otherFinance = caller("or-luntai", Role.FINANCE, luntai);
        school = caller("or-school", Role.UNIT, schoolUnit);
        hospital = caller("or-hospital", Role.UNIT, clinic);
        // years no other test uses. The county: 5 projects, 2 policies, 1 department overall in 2030, 3 projects
        // in 2031; Luntai: 4 projects
        keep(schoolUnit, 2030, TargetKind.PROJECT, 5);
        keep(schoolUnit, 2030, TargetKind.POLICY, 2);
        keep(education, 2030, TargetKind.DEPARTMENT_OVERALL, 1);
        keep(schoolUnit, 2031, TargetKind.PROJECT, 3);
        keep(clinic, 2030, TargetKind.PROJECT, 4);
    }

    void keep(OrgUnitRef unit, int year, TargetKind kind, int count) {
        IntStream.range(0, count).mapToObj(i -> {
            UUID id = UUID.randomUUID();
            List<ApprovedIndicator> indicators = IntStream.range(0, 3).mapToObj(k -> new ApprovedIndicator(
                    UUID.randomUUID(), Level1.OUTPUT, Level2.QUANTITY, "指标" + k, Operator.GE, "100", "项",
                    BigDecimal.TEN)).toList();
            return new TargetApproved(new EventHeader(UUID.randomUUID(), Instant.now(), year, unit.region().value(),
                    unit.code().value(), unit.path().toString(), id, 4), 0, null, kind, null,
                    kind == TargetKind.DEPARTMENT_OVERALL ? null : "OR-" + id.toString().substring(0, 8), "项目",
                    BudgetCategory.GENERAL_PUBLIC, FundSource.ANNUAL_BUDGET, new BigDecimal("100000.00"), indicators);
        }).forEach(projection::keep);
    }

    RoundView open(Caller finance, int year, String region, int month, RoundScope scope) {
        return callers.runAs(finance, () -> rounds.open(new OpenRoundCommand(year, region, month, scope,
                LocalDate.of(year, 12, 31))));
    }

    int indicators(RoundView round) {
        return jdbc.sql("SELECT count(*) FROM monitoring.report_indicator WHERE round_id = ?").param(round.id())
                .query(Integer.class).single();
    }

    @Test
    void aProjectRoundTakesTheProjectsAndPoliciesInForceOfItsYearInTheRegionsSubtree() {
        RoundView may = open(countyFinance, 2030, "650121", 5, RoundScope.PROJECT);
        assertThat(may.reports()).isEqualTo(7);
        assertThat(indicators(may)).isEqualTo(21);
        assertThat(may.timeProgress()).isEqualByComparingTo("41.67");
        assertThat(may.version()).isEqualTo(1);

        RoundView overall = open(countyFinance, 2030, "650121", 6, RoundScope.DEPARTMENT_OVERALL);
        assertThat(overall.reports()).isEqualTo(1);

        RoundView province = open(cityFinance, 2030, "650100", 9, RoundScope.PROJECT);
        assertThat(province.reports()).as("the city's subtree holds the county, not Luntai").isEqualTo(7);
    }

    @Test
    void theSameYearRegionMonthAndScopeTwiceIsAConflict() {
        open(countyFinance, 2031, "650121", 5, RoundScope.PROJECT);
        assertThatThrownBy(() -> open(countyFinance, 2031, "650121", 5, RoundScope.PROJECT))
                .isInstanceOfSatisfying(StateConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("round.duplicate"));
        assertThat(open(countyFinance, 2031, "650121", 8, RoundScope.PROJECT).reports()).isEqualTo(3);
    }

    @Test
    void financeOpensRoundsOnlyForRegionsOfItsSubtree() {
        assertThatThrownBy(() -> open(otherFinance, 2032, "650121", 5, RoundScope.PROJECT))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> open(countyFinance, 2032, "OR-EDU", 5, RoundScope.PROJECT))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("regionCode"));
        assertThatThrownBy(() -> open(countyFinance, 2032, "650121", 13, RoundScope.PROJECT))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aRoundIsSeenInsideItsRegionAndAboveItButNotApart() {
        RoundView round = open(countyFinance, 2030, "650121", 11, RoundScope.PROJECT);
        assertThat(callers.runAs(school, () -> rounds.get(round.id())).reports()).isEqualTo(7);
        assertThat(callers.runAs(cityFinance, () -> rounds.get(round.id())).id()).isEqualTo(round.id());
        assertThatThrownBy(() -> callers.runAs(hospital, () -> rounds.get(round.id())))
                .isInstanceOf(ForbiddenException.class);
        assertThat(callers.runAs(school, () -> rounds.list(2030, null, RoundScope.PROJECT, PageQuery.of(0, 50))
                .content())).extracting(RoundView::id).contains(round.id());
        assertThat(callers.runAs(hospital, () -> rounds.list(2030, null, null, PageQuery.of(0, 50)).content()))
                .extracting(RoundView::id).doesNotContain(round.id());
        assertThatThrownBy(() -> callers.runAs(hospital, () -> rounds.list(null, "650121", null, PageQuery.of(0, 50))))
                .isInstanceOf(ForbiddenException.class);
    }
}
