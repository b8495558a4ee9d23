package org.jixiao.targeting.module;

import static jixiao.testsupport.TestOrgDirectory.caller;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jixiao.testsupport.TestCallers;
import jixiao.testsupport.TestOrgDirectory;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.OrgUnitRef;
import org.jixiao.sharedkernel.access.Role;
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
import org.jixiao.targeting.port.in.ReviewCommand;
import org.jixiao.targeting.port.in.ReviewTargetUseCase;
import org.jixiao.targeting.port.in.TargetContentCommand;
import org.jixiao.targeting.port.in.TargetContentCommand.IndicatorCommand;
import org.jixiao.targeting.port.in.TargetView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** Finance's approval publishes TargetApproved with everything monitoring and evaluation keep of a target. */
@SpringJUnitConfig(TargetingTestConfiguration.class)
@RecordApplicationEvents
class ApproveTargetTests {

    @Autowired
    TestOrgDirectory directory;
    @Autowired
    TestCallers callers;
    @Autowired
    DraftTargetUseCase drafts;
    @Autowired
    ReviewTargetUseCase reviews;
    @Autowired
    ApplicationEvents events;

    @Test
    void approvalPublishesTargetApproved() {
        OrgUnitRef shaanxi = directory.region("610000", "陕西省", null);
        Caller unit = caller("mt-unit", Role.UNIT, directory.unit("MT-TU", "模块测试单位", shaanxi));
        Caller finance = caller("mt-finance", Role.FINANCE, shaanxi);
        TargetContentCommand content = new TargetContentCommand("农田水利", BudgetCategory.GOVERNMENT_FUND,
                FundSource.SPECIAL_TRANSFER, new BigDecimal("2000000.00"), "总体目标", "年度目标", false, List.of(
                new IndicatorCommand(null, null, Level1.OUTPUT, Level2.QUANTITY, "新建渠道", Operator.GE, "12", "公里",
                        Basis.PLAN, BigDecimal.valueOf(60)),
                new IndicatorCommand(null, null, Level1.BENEFIT, Level2.ECONOMIC, "亩均增收", Operator.GE, "200", "元",
                        Basis.HISTORY, BigDecimal.valueOf(40))));
        TargetView draft = callers.runAs(unit, () -> drafts.create(new CreateTargetCommand(2020, TargetKind.PROJECT,
                "MT-TU", "MT-P1", content)));
        callers.runAs(unit, () -> drafts.submit(draft.id(), null));
        assertThat(events.stream(TargetApproved.class)).isEmpty();

        callers.runAs(finance, () -> reviews.review(draft.id(),
                new ReviewCommand(ReviewDecision.APPROVE, Grade.GOOD, Map.of(), "同意"), null));

        assertThat(events.stream(TargetApproved.class)).singleElement().satisfies(event -> {
            assertThat(event.header().aggregateId()).isEqualTo(draft.id());
            assertThat(event.revision()).isZero();
            assertThat(event.isAdjustment()).isFalse();
            assertThat(event.header().fiscalYear()).isEqualTo(2020);
            assertThat(event.kind()).isEqualTo(TargetKind.PROJECT);
            assertThat(event.header().unitCode()).isEqualTo("MT-TU");
            assertThat(event.header().unitPath()).isEqualTo("/610000/MT-TU/");
            assertThat(event.header().regionCode()).isEqualTo("610000");
            assertThat(event.departmentCode()).isNull();
            assertThat(event.projectCode()).isEqualTo("MT-P1");
            assertThat(event.fundSource()).isEqualTo(FundSource.SPECIAL_TRANSFER);
            assertThat(event.budgetCategory()).isEqualTo(BudgetCategory.GOVERNMENT_FUND);
            assertThat(event.budgetAmount()).isEqualByComparingTo("2000000.00");
            assertThat(event.indicators()).extracting(TargetApproved.ApprovedIndicator::id)
                    .containsExactlyElementsOf(draft.indicators().stream().map(TargetView.IndicatorView::id).toList());
            assertThat(event.indicators().get(0).operator()).isEqualTo(Operator.GE);
            assertThat(event.indicators().get(0).targetValue()).isEqualTo("12");
            assertThat(event.indicators().get(1).weight()).isEqualByComparingTo("40");
        });
    }
}
