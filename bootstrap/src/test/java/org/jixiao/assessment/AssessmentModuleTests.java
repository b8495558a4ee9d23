package org.jixiao.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jixiao.assessment.domain.Dimension;
import org.jixiao.assessment.events.AssessmentConcluded;
import org.jixiao.assessment.events.AssessmentKind;
import org.jixiao.assessment.events.Conclusion;
import org.jixiao.assessment.port.in.AssessmentView;
import org.jixiao.assessment.port.in.ConcludeAssessmentUseCase;
import org.jixiao.assessment.port.in.CreateAssessmentCommand;
import org.jixiao.assessment.port.in.CreateAssessmentUseCase;
import org.jixiao.assessment.port.in.ScoreAssessmentUseCase;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The assessment module on its own (with the platform modules that implement its ports) on a real PostgreSQL:
 * concluding publishes AssessmentConcluded with what targeting's gate needs.
 */
@ApplicationModuleTest(extraIncludes = {"platform", "organisation", "rules"})
class AssessmentModuleTests {

    @Autowired
    CreateAssessmentUseCase create;

    @Autowired
    ScoreAssessmentUseCase score;

    @Autowired
    ConcludeAssessmentUseCase conclude;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void financeOfShaanxi() {
        jdbc.sql("""
                INSERT INTO platform.org_unit (code, name, kind, parent_code, path, region_code) VALUES
                  ('610000', '陕西省', 'REGION', NULL, '/610000/', '610000'),
                  ('MT-U1', '模块测试单位', 'UNIT', '610000', '/610000/MT-U1/', '610000')
                ON CONFLICT (code) DO NOTHING""").update();
        Caller finance = new Caller("mt-finance", Role.FINANCE, OrgCode.of("610000"), OrgPath.parse("/610000/"));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(finance, null, List.of()));
    }

    @AfterEach
    void nobody() {
        SecurityContextHolder.clearContext();
    }

    private static Map<Dimension, BigDecimal> each(int points) {
        Map<Dimension, BigDecimal> scores = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            scores.put(dimension, BigDecimal.valueOf(points));
        }
        return scores;
    }

    @Test
    void concludingPublishesAssessmentConcluded(Scenario scenario) {
        AssessmentView view = create.create(new CreateAssessmentCommand(2020, AssessmentKind.POLICY, "MT-U1", "MT-POLICY",
                "模块测试政策", new BigDecimal("1234567.89"), null, null, null));
        score.score(view.id(), "专家甲", each(19), Map.of(), null);
        score.score(view.id(), "专家乙", each(18), Map.of(), null);

        scenario.stimulate(() -> conclude.conclude(view.id(), null, null))
                .andWaitForEventOfType(AssessmentConcluded.class)
                .matching(event -> event.header().aggregateId().equals(view.id()))
                .toArriveAndVerify(event -> {
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
}
