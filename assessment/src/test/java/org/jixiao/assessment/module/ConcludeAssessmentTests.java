package org.jixiao.assessment.module;

import static jixiao.testsupport.TestOrgDirectory.caller;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import jixiao.testsupport.TestCallers;
import jixiao.testsupport.TestOrgDirectory;
import jixiao.testsupport.TestRuleStore;
import org.jixiao.assessment.domain.AssessmentRules;
import org.jixiao.assessment.domain.ConclusionBands;
import org.jixiao.assessment.domain.Dimension;
import org.jixiao.assessment.events.AssessmentConcluded;
import org.jixiao.assessment.events.AssessmentKind;
import org.jixiao.assessment.events.Conclusion;
import org.jixiao.assessment.port.in.AssessmentQueries;
import org.jixiao.assessment.port.in.AssessmentView;
import org.jixiao.assessment.port.in.ConcludeAssessmentUseCase;
import org.jixiao.assessment.port.in.CreateAssessmentCommand;
import org.jixiao.assessment.port.in.CreateAssessmentUseCase;
import org.jixiao.assessment.port.in.ScoreAssessmentUseCase;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.OrgUnitRef;
import org.jixiao.sharedkernel.access.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * Assessment tested inside its own module: concluding publishes AssessmentConcluded with what targeting's gate
 * needs, applying the region's rules and storing them with the result.
 */
@SpringJUnitConfig(AssessmentTestConfiguration.class)
@RecordApplicationEvents
class ConcludeAssessmentTests {

    @Autowired
    TestOrgDirectory directory;
    @Autowired
    TestCallers callers;
    @Autowired
    TestRuleStore rules;
    @Autowired
    CreateAssessmentUseCase create;
    @Autowired
    ScoreAssessmentUseCase score;
    @Autowired
    ConcludeAssessmentUseCase conclude;
    @Autowired
    AssessmentQueries queries;
    @Autowired
    ApplicationEvents events;

    OrgUnitRef shaanxi;
    Caller finance;

    @BeforeEach
    void financeOfShaanxi() {
        shaanxi = directory.region("610000", "陕西省", null);
        directory.unit("MT-U1", "模块测试单位", shaanxi);
        finance = caller("mt-finance", Role.FINANCE, shaanxi);
    }

    @AfterEach
    void nationalRules() {
        rules.clear();
    }

    @Test
    void concludingPublishesAssessmentConcluded() {
        AssessmentView view = scored("MT-POLICY", 19, 18);
        callers.runAs(finance, () -> conclude.conclude(view.id(), null, null));

        assertThat(events.stream(AssessmentConcluded.class)).singleElement().satisfies(event -> {
            assertThat(event.header().aggregateId()).isEqualTo(view.id());
            assertThat(event.header().unitCode()).isEqualTo("MT-U1");
            assertThat(event.projectCode()).isEqualTo("MT-POLICY");
            assertThat(event.header().fiscalYear()).isEqualTo(2020);
            assertThat(event.header().regionCode()).isEqualTo("610000");
            assertThat(event.header().aggregateVersion()).isEqualTo(view.version() + 3);
            assertThat(event.kind()).isEqualTo(AssessmentKind.POLICY);
            assertThat(event.totalScore()).isEqualByComparingTo("92.50");
            assertThat(event.grade()).isEqualTo(Grade.EXCELLENT);
            assertThat(event.conclusion()).isEqualTo(Conclusion.SUPPORT);
            assertThat(event.ruleVersion()).isZero();
        });
    }

    @Test
    void theRegionsBandsApplyAndStayWithTheResultWhenTheRulesChange() {
        rules.set(AssessmentRules.CONCLUSION_BANDS, shaanxi.region(), FiscalYear.of(2020),
                new ConclusionBands(new BigDecimal("95"), new BigDecimal("70")));
        AssessmentView view = scored("MT-P2", 19, 18);
        AssessmentView concluded = callers.runAs(finance, () -> conclude.conclude(view.id(), null, null));
        assertThat(concluded.conclusion()).isEqualTo(Conclusion.SUPPORT_AFTER_REVISION);

        rules.clear(); // the rules change after the conclusion: the stored result keeps what it applied
        AssessmentView stored = callers.runAs(finance, () -> queries.get(view.id()));
        assertThat(stored.conclusion()).isEqualTo(Conclusion.SUPPORT_AFTER_REVISION);
        assertThat(stored.ruleVersion()).isPositive();
        assertThat(stored.appliedRules()).filteredOn(rule -> rule.key().equals("assessment.conclusionBands"))
                .singleElement().satisfies(rule -> {
                    assertThat(rule.source()).isEqualTo("610000");
                    assertThat(rule.valueOf(AssessmentRules.CONCLUSION_BANDS).support()).isEqualByComparingTo("95");
                });
    }

    private AssessmentView scored(String project, int first, int second) {
        return callers.runAs(finance, () -> {
            AssessmentView view = create.create(new CreateAssessmentCommand(2020, AssessmentKind.POLICY, "MT-U1",
                    project, "模块测试政策", new BigDecimal("1234567.89"), null, null, null));
            score.score(view.id(), "专家甲", each(first), Map.of(), null);
            score.score(view.id(), "专家乙", each(second), Map.of(), null);
            return view;
        });
    }

    private static Map<Dimension, BigDecimal> each(int points) {
        Map<Dimension, BigDecimal> scores = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            scores.put(dimension, BigDecimal.valueOf(points));
        }
        return scores;
    }
}
