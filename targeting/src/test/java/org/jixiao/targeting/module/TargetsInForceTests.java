package org.jixiao.targeting.module;

import static jixiao.testsupport.TestOrgDirectory.caller;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jixiao.testsupport.TestCallers;
import jixiao.testsupport.TestOrgDirectory;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.OrgUnitRef;
import org.jixiao.sharedkernel.access.Role;
import org.jixiao.sharedkernel.access.Scope;
import org.jixiao.targeting.api.TargetsInForce;
import org.jixiao.targeting.domain.Basis;
import org.jixiao.targeting.domain.ReviewDecision;
import org.jixiao.targeting.events.BudgetCategory;
import org.jixiao.targeting.events.FundSource;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jixiao.targeting.events.TargetApproved;
import org.jixiao.targeting.events.TargetKind;
import org.jixiao.targeting.port.in.CreateTargetCommand;
import org.jixiao.targeting.port.in.DraftTargetUseCase;
import org.jixiao.targeting.port.in.PublishTargetUseCase;
import org.jixiao.targeting.port.in.ReviewCommand;
import org.jixiao.targeting.port.in.ReviewTargetUseCase;
import org.jixiao.targeting.port.in.TargetContentCommand;
import org.jixiao.targeting.port.in.TargetContentCommand.IndicatorCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * Targeting tested inside its own module: the use cases, the repository and the read model on a real PostgreSQL,
 * the platform's ports as the kernel's doubles. What a later stage rebuilds its copy from is what was approved.
 */
@SpringJUnitConfig(TargetingTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TargetsInForceTests {

    @Autowired
    TestOrgDirectory directory;
    @Autowired
    TestCallers callers;
    @Autowired
    DraftTargetUseCase drafts;
    @Autowired
    ReviewTargetUseCase reviews;
    @Autowired
    PublishTargetUseCase publications;
    @Autowired
    TargetsInForce inForce;
    @Autowired
    JdbcClient jdbc;

    OrgUnitRef urumqi;
    Caller urumqiFinance;
    Caller school;
    UUID adjusted;
    UUID approved;
    UUID draft;
    UUID elsewhere;

    @BeforeAll
    void aRegionWithTargetsInEveryState() {
        OrgUnitRef xinjiang = directory.region("650000", "新疆维吾尔自治区", null);
        urumqi = directory.region("650100", "乌鲁木齐市", xinjiang);
        OrgUnitRef kashgar = directory.region("653100", "喀什地区", xinjiang);
        OrgUnitRef education = directory.department("TI-EDU", "乌鲁木齐市教育局", urumqi);
        OrgUnitRef schoolUnit = directory.unit("TI-S1", "乌鲁木齐市第一中学", education);
        OrgUnitRef hospital = directory.unit("TI-H1", "喀什地区第一医院", kashgar);
        urumqiFinance = caller("ti-fin", Role.FINANCE, urumqi);
        school = caller("ti-school", Role.UNIT, schoolUnit);
        Caller department = caller("ti-dept", Role.DEPARTMENT, education);
        Caller kashgarFinance = caller("ti-kfin", Role.FINANCE, kashgar);
        Caller clinic = caller("ti-clinic", Role.UNIT, hospital);

        adjusted = create(school, "TI-P1");
        approve(school, adjusted, department, urumqiFinance);
        publish(urumqiFinance, adjusted);
        callers.runAs(school, () -> drafts.adjust(adjusted, "追加资金", null));
        approve(school, adjusted, department, urumqiFinance);
        approved = create(school, "TI-P2");
        approve(school, approved, department, urumqiFinance);
        draft = create(school, "TI-P3");
        elsewhere = create(clinic, "TI-P4");
        approve(clinic, elsewhere, null, kashgarFinance);
    }

    @Test
    void aProjectionIsRebuiltPageByPageInAnExplicitScopeWithTheFactsOfTheApprovals() {
        List<TargetApproved> all = new ArrayList<>();
        UUID after = null;
        for (List<TargetApproved> page = inForce.after(Scope.subtree(urumqi.path()), null, 1); !page.isEmpty();
                page = inForce.after(Scope.subtree(urumqi.path()), after, 1)) {
            assertThat(page).hasSize(1);
            all.addAll(page);
            after = page.get(0).header().aggregateId();
        }
        assertThat(all).extracting(a -> a.header().aggregateId()).contains(adjusted, approved)
                .doesNotContain(draft, elsewhere).doesNotHaveDuplicates();
        assertThat(all).filteredOn(a -> a.header().aggregateId().equals(adjusted)).singleElement().satisfies(a -> {
            assertThat(a.revision()).isEqualTo(1);
            assertThat(a.replacedRevision()).isZero();
            assertThat(a.isAdjustment()).isTrue();
        });
        assertThat(all).filteredOn(a -> a.header().aggregateId().equals(approved)).singleElement().satisfies(a -> {
            assertThat(a.revision()).isZero();
            assertThat(a.isAdjustment()).isFalse();
            assertThat(a.projectCode()).isEqualTo("TI-P2");
            assertThat(a.departmentCode()).isEqualTo("TI-EDU");
            assertThat(a.budgetAmount()).isEqualByComparingTo("500000.00");
            assertThat(a.indicators()).extracting(TargetApproved.ApprovedIndicator::name)
                    .containsExactly("完成数量", "受益人数");
            assertThat(a.header().unitPath()).isEqualTo("/650000/650100/TI-EDU/TI-S1/");
            assertThat(a.header().regionCode()).isEqualTo("650100");
        });
        assertThat(inForce.after(Scope.subtree(urumqi.path()), null, 1000))
                .as("a replay is stable: the same event ids every time")
                .extracting(a -> a.header().eventId())
                .containsExactlyElementsOf(all.stream().map(a -> a.header().eventId()).toList());
        assertThat(inForce.after(Scope.everything(), null, 1000)).extracting(a -> a.header().aggregateId())
                .contains(adjusted, approved, elsewhere).doesNotContain(draft);
    }

    @Test
    void aReviewOrAPublicationWritesNoIndicator() {
        UUID target = create(school, "TI-P5");
        List<String> written = rowVersionsOfIndicators(target);
        callers.runAs(school, () -> drafts.submit(target, null));
        callers.runAs(caller("ti-dept2", Role.DEPARTMENT, directory.require(OrgCode.of("TI-EDU"))),
                () -> reviews.review(target, new ReviewCommand(ReviewDecision.APPROVE, Grade.GOOD, Map.of(), null), null));
        callers.runAs(urumqiFinance, () -> reviews.review(target,
                new ReviewCommand(ReviewDecision.APPROVE, Grade.EXCELLENT, Map.of(), "同意"), null));
        publish(urumqiFinance, target);
        assertThat(rowVersionsOfIndicators(target)).isEqualTo(written);
        assertThat(jdbc.sql("SELECT count(*) FROM targeting.review WHERE target_id = ?").param(target)
                .query(Integer.class).single()).isEqualTo(2);
    }

    /** PostgreSQL's row version of each indicator row: an UPDATE or a delete and re-insert changes it. */
    private List<String> rowVersionsOfIndicators(UUID target) {
        return jdbc.sql("SELECT xmin::text FROM targeting.indicator WHERE target_id = ? ORDER BY position")
                .param(target).query(String.class).list();
    }

    private UUID create(Caller unit, String project) {
        TargetContentCommand content = new TargetContentCommand("项目" + project, BudgetCategory.GENERAL_PUBLIC,
                FundSource.ANNUAL_BUDGET, new BigDecimal("500000.00"), "总体目标", "年度目标", false, List.of(
                new IndicatorCommand(null, null, Level1.OUTPUT, Level2.QUANTITY, "完成数量", Operator.GE, "100", "项",
                        Basis.PLAN, BigDecimal.valueOf(50)),
                new IndicatorCommand(null, null, Level1.BENEFIT, Level2.SOCIAL, "受益人数", Operator.GE, "800", "人",
                        Basis.PLAN, BigDecimal.valueOf(50))));
        return callers.runAs(unit, () -> drafts.create(new CreateTargetCommand(2020, TargetKind.PROJECT,
                unit.org().value(), project, content)).id());
    }

    private void approve(Caller unit, UUID target, Caller department, Caller finance) {
        callers.runAs(unit, () -> drafts.submit(target, null));
        ReviewCommand good = new ReviewCommand(ReviewDecision.APPROVE, Grade.GOOD, Map.of(), null);
        if (department != null) {
            callers.runAs(department, () -> reviews.review(target, good, null));
        }
        callers.runAs(finance, () -> reviews.review(target, good, null));
    }

    private void publish(Caller finance, UUID target) {
        callers.runAs(finance, () -> publications.publish(target, null));
    }
}
