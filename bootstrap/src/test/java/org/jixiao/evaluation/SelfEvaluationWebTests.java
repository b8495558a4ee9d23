package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.jixiao.AccessHarness;
import org.jixiao.PlatformTest;
import org.jixiao.evaluation.events.EvaluationCompleted;
import org.jixiao.evaluation.events.ScoredBy;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.access.Role;
import org.jixiao.targeting.TargetWebTests;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * The owning unit self-evaluates its target, its department and finance score it; each test uses a fiscal year of
 * its own. The target is TU-SCHOOL's (account t-unit), 1,000,000.00 approved: output 改造校舍面积 ≥ 1200 (weight 30)
 * and 验收合格率 ≥ 95 (20), benefit 受益学生人数 ≥ 800 (20) and the qualitative 长效管护机制 (10). Without a
 * satisfaction indicator benefit has 40 points: the shares are 30.00, 20.00, 26.67 and 13.33.
 */
@RecordApplicationEvents
public class SelfEvaluationWebTests extends PlatformTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    /** An approved TU-SCHOOL target of the year, once evaluation's copy holds it: its self-evaluation's path. */
    String target(int year) throws Exception {
        return target(mvc, access, jdbc, year, "SE-" + year);
    }

    public static String target(MockMvc mvc, AccessHarness access, JdbcClient jdbc, int year, String project)
            throws Exception {
        String body = TargetWebTests.body("PROJECT", "TU-SCHOOL", project, "1000000.00", TargetWebTests.INDICATORS)
                .replace("\"fiscalYear\": 2020", "\"fiscalYear\": " + year);
        String target = JsonPath.read(mvc.perform(post("/api/v1/targets").with(access.as(Role.UNIT))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/targets/{id}/submit", target).with(access.as(Role.UNIT))).andExpect(status().isOk());
        mvc.perform(TargetWebTests.review(target, "APPROVE", "GOOD").with(access.as(Role.DEPARTMENT)))
                .andExpect(status().isOk());
        mvc.perform(TargetWebTests.review(target, "APPROVE", "GOOD").with(access.as(Role.FINANCE)))
                .andExpect(status().isOk());
        return copied(jdbc, target);
    }

    /** The self-evaluation's path of an approved target, once evaluation's copy holds the target. */
    public static String copied(JdbcClient jdbc, String target) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT count(*) FROM evaluation.target_in_force WHERE target_id = ?").param(UUID.fromString(target))
                .query(Integer.class).single() == 1);
        return "/api/v1/evaluations/self/" + target;
    }

    public static List<String> indicatorIds(JdbcClient jdbc, String evaluation) {
        return jdbc.sql("SELECT indicator_id::text FROM evaluation.target_indicator WHERE target_id = ?::uuid "
                + "ORDER BY position").param(evaluation.replaceAll(".*/", "")).query(String.class).list();
    }

    List<String> indicatorIds(String evaluation) {
        return indicatorIds(jdbc, evaluation);
    }

    /** 900,000.00 executed (9.00 of 10); area 1100 of 1200, 96 % accepted, 800 pupils, the mechanism partly at 70 %. */
    public static String filing(List<String> ids, String executed, String area, String mechanism) {
        return """
                {"budgetAmount": 1000000.00, "executedAmount": %s,
                 "indicators": [
                   {"indicatorId": "%s", "actualValue": "%s", "deviationReason": "冬季停工"},
                   {"indicatorId": "%s", "actualValue": 96},
                   {"indicatorId": "%s", "actualValue": "800"},
                   {"indicatorId": "%s", "actualValue": "已建立管护制度", %s}]}"""
                .formatted(executed, ids.get(0), area, ids.get(1), ids.get(2), ids.get(3), mechanism);
    }

    public static final String PARTLY_70 = "\"achievement\": \"PARTLY_ACHIEVED\", \"score\": 70";

    public static MockHttpServletRequestBuilder file(String evaluation, String body) {
        return put(evaluation).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    public static MockHttpServletRequestBuilder score(String evaluation, String act, String body) {
        return post(evaluation + "/" + act).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void theUnitFilesADraftScoredLineByLineChangesItAndSubmitsIt() throws Exception {
        String evaluation = target(2071);
        List<String> ids = indicatorIds(evaluation);
        mvc.perform(get(evaluation).with(access.as(Role.UNIT))).andExpect(status().isNotFound());
        // 9.00 + 27.50 + 20.00 + 26.67 + 9.33 = 92.50
        mvc.perform(file(evaluation, filing(ids, "900000.00", "1100", PARTLY_70)).with(access.as(Role.UNIT)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.unitCode").value("TU-SCHOOL"))
                .andExpect(jsonPath("$.projectCode").value("SE-2071"))
                .andExpect(jsonPath("$.revision").value(0))
                .andExpect(jsonPath("$.executionScore").value(9.00))
                .andExpect(jsonPath("$.score").value(92.50))
                .andExpect(jsonPath("$.grade").value("EXCELLENT"))
                .andExpect(jsonPath("$.ruleVersion").value(0))
                .andExpect(jsonPath("$.appliedRules[*].key").value(containsInAnyOrder("evaluation.blockPoints",
                        "evaluation.gradeBands")))
                .andExpect(jsonPath("$.appliedRules[0].source").value("DEFAULT"))
                .andExpect(jsonPath("$.effectiveScore").doesNotExist())
                .andExpect(jsonPath("$.breakdown[0].indicatorId").value(ids.get(0)))
                .andExpect(jsonPath("$.breakdown[0].block").value("OUTPUT"))
                .andExpect(jsonPath("$.breakdown[0].points").value(30.00))
                .andExpect(jsonPath("$.breakdown[0].rule").value("PROPORTIONAL"))
                .andExpect(jsonPath("$.breakdown[0].formula").value("27.50 = 30.00 × 1100 ÷ 1200"))
                .andExpect(jsonPath("$.breakdown[0].score").value(27.50))
                .andExpect(jsonPath("$.breakdown[0].deviationReason").value("冬季停工"))
                .andExpect(jsonPath("$.breakdown[1].rule").value("MET"))
                .andExpect(jsonPath("$.breakdown[1].actualValue").value("96"))
                .andExpect(jsonPath("$.breakdown[2].points").value(26.67))
                .andExpect(jsonPath("$.breakdown[2].score").value(26.67))
                .andExpect(jsonPath("$.breakdown[3].block").value("BENEFIT"))
                .andExpect(jsonPath("$.breakdown[3].points").value(13.33))
                .andExpect(jsonPath("$.breakdown[3].rule").value("QUALITATIVE_BAND"))
                .andExpect(jsonPath("$.breakdown[3].achievement").value("PARTLY_ACHIEVED"))
                .andExpect(jsonPath("$.breakdown[3].achievementScore").value(70))
                .andExpect(jsonPath("$.breakdown[3].score").value(9.33));
        assertThat(jdbc.sql("""
                        SELECT self_score = execution_score + (SELECT sum(x) FROM unnest(line_scores) x)
                        FROM evaluation.self_evaluation WHERE target_id = ?::uuid""")
                .param(evaluation.replaceAll(".*/", "")).query(Boolean.class).single())
                .as("the stored breakdown adds up to the score").isTrue();

        mvc.perform(file(evaluation, filing(ids, "1000000.00", "1200", PARTLY_70)).header("If-Match", "\"0\"")
                        .with(access.as(Role.UNIT)))
                .andExpect(status().isConflict());
        // 10.00 + 30.00 + 20.00 + 26.67 + 9.33 = 96.00
        mvc.perform(file(evaluation, filing(ids, "1000000.00", "1200", PARTLY_70)).header("If-Match", "\"1\"")
                        .with(access.as(Role.UNIT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.score").value(96.00))
                .andExpect(jsonPath("$.breakdown[0].rule").value("MET"));
        mvc.perform(get(evaluation).with(access.as(Role.AUDITOR)))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.score").value(96.00)).andExpect(jsonPath("$.filedBy").value("t-unit"));

        events.clear();
        mvc.perform(post(evaluation + "/submit").with(access.as(Role.UNIT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.submittedAt").isNotEmpty())
                .andExpect(jsonPath("$.effectiveScore").value(96.00))
                .andExpect(jsonPath("$.effectiveGrade").value("EXCELLENT"))
                .andExpect(jsonPath("$.scoredBy").value("SELF"))
                .andExpect(jsonPath("$.version").value(3));
        assertThat(events.stream(EvaluationCompleted.class).toList()).singleElement().satisfies(e -> {
            assertThat(e.header().fiscalYear()).isEqualTo(2071);
            assertThat(e.header().regionCode()).isEqualTo("650121");
            assertThat(e.header().unitCode()).isEqualTo("TU-SCHOOL");
            assertThat(e.header().aggregateVersion()).isEqualTo(3);
            assertThat(e.targetId().toString()).isEqualTo(evaluation.replaceAll(".*/", ""));
            assertThat(e.projectCode()).isEqualTo("SE-2071");
            assertThat(e.departmentCode()).isEqualTo("TD-EDU");
            assertThat(e.budgetAmount()).isEqualByComparingTo("1000000.00");
            assertThat(e.executedAmount()).isEqualByComparingTo("1000000.00");
            assertThat(e.effectiveScore()).isEqualByComparingTo("96.00");
            assertThat(e.grade()).isEqualTo(Grade.EXCELLENT);
            assertThat(e.scoredBy()).isEqualTo(ScoredBy.SELF);
        });
        mvc.perform(file(evaluation, filing(ids, "1000000.00", "1200", PARTLY_70)).with(access.as(Role.UNIT)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentState").value("SUBMITTED"));
        mvc.perform(post(evaluation + "/submit").with(access.as(Role.UNIT))).andExpect(status().isConflict());
    }

    @Test
    void theDepartmentsScoreThenFinancesIsTheEffectiveOneAndEachChangeIsPublished() throws Exception {
        String evaluation = target(2072);
        List<String> ids = indicatorIds(evaluation);
        mvc.perform(file(evaluation, filing(ids, "900000.00", "1100", PARTLY_70)).with(access.as(Role.UNIT)))
                .andExpect(status().isOk());
        mvc.perform(score(evaluation, "department-review", "{\"score\": 85}").with(access.as(Role.DEPARTMENT)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentState").value("DRAFT"));
        mvc.perform(post(evaluation + "/submit").with(access.as(Role.UNIT))).andExpect(status().isOk());

        events.clear();
        mvc.perform(score(evaluation, "department-review", "{\"score\": 85, \"opinion\": \"佐证材料不全\"}")
                        .with(access.as(Role.DEPARTMENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(92.50))
                .andExpect(jsonPath("$.departmentReview.score").value(85.00))
                .andExpect(jsonPath("$.departmentReview.opinion").value("佐证材料不全"))
                .andExpect(jsonPath("$.departmentReview.by").value("t-department"))
                .andExpect(jsonPath("$.effectiveScore").value(85.00))
                .andExpect(jsonPath("$.effectiveGrade").value("GOOD"))
                .andExpect(jsonPath("$.scoredBy").value("DEPARTMENT"));
        mvc.perform(score(evaluation, "finalise", "{\"score\": 78.5, \"opinion\": \"核减产出得分\", \"version\": 2}")
                        .with(access.as(Role.FINANCE)))
                .andExpect(status().isConflict());
        mvc.perform(score(evaluation, "finalise", "{\"score\": 78.5, \"opinion\": \"核减产出得分\", \"version\": 3}")
                        .with(access.as(Role.FINANCE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.financeReview.score").value(78.50))
                .andExpect(jsonPath("$.effectiveScore").value(78.50))
                .andExpect(jsonPath("$.effectiveGrade").value("FAIR"))
                .andExpect(jsonPath("$.scoredBy").value("FINANCE"));
        // finance's score stands: the department scoring again changes nothing that counts
        mvc.perform(score(evaluation, "department-review", "{\"score\": 88}").with(access.as(Role.DEPARTMENT)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.effectiveScore").value(78.50));
        assertThat(events.stream(EvaluationCompleted.class).map(e -> e.scoredBy() + " " + e.effectiveScore() + " "
                + e.grade() + " " + e.header().aggregateVersion()))
                .containsExactly("DEPARTMENT 85.00 GOOD 3", "FINANCE 78.50 FAIR 4");
        mvc.perform(score(evaluation, "finalise", "{\"score\": 100.001}").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("score"));
    }

    @Test
    void everyRuleTheSelfEvaluationBreaksIsNamedInOneAnswer() throws Exception {
        String evaluation = target(2073);
        List<String> ids = indicatorIds(evaluation);
        String unknown = UUID.randomUUID().toString();
        mvc.perform(file(evaluation, """
                        {"budgetAmount": 1000000.00, "executedAmount": 900000.00,
                         "indicators": [
                           {"indicatorId": "%s", "actualValue": "九百"},
                           {"indicatorId": "%s", "actualValue": "-5", "achievement": "ACHIEVED"},
                           {"indicatorId": "%s"},
                           {"indicatorId": "%s", "achievement": "ACHIEVED", "score": 70},
                           {"indicatorId": "%s", "actualValue": "1"}]}"""
                        .formatted(ids.get(0), ids.get(1), ids.get(2), ids.get(3), unknown))
                        .header("If-Match", "\"7\"").with(access.as(Role.UNIT)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("indicators[0].actualValue",
                        "indicators[1].actualValue", "indicators[1].achievement", "indicators[2].actualValue",
                        "indicators[3].score", "indicators[4].indicatorId")));
        mvc.perform(file(evaluation, filing(List.of(ids.get(0), ids.get(1), ids.get(2), ids.get(2)), "1", "1200",
                        PARTLY_70)).with(access.as(Role.UNIT)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("indicators[3].indicatorId",
                        "indicators")));
        mvc.perform(file(evaluation, filing(ids, "900000.00", "1100", "\"achievement\": \"PARTLY_ACHIEVED\""))
                        .with(access.as(Role.UNIT)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indicators[3].score"));
        mvc.perform(file(evaluation, filing(ids, "-1", "1100", PARTLY_70)).with(access.as(Role.UNIT)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("executedAmount"));
        mvc.perform(file(evaluation, filing(ids, "900000.001", "1100", PARTLY_70)).with(access.as(Role.UNIT)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("executedAmount"));
        mvc.perform(file("/api/v1/evaluations/self/" + UUID.randomUUID(), filing(ids, "1", "1100", PARTLY_70))
                        .with(access.as(Role.UNIT)))
                .andExpect(status().isNotFound());
        mvc.perform(get(evaluation).with(access.as(Role.FINANCE))).andExpect(status().isNotFound());
    }

    @TestFactory
    Stream<DynamicTest> onlyTheOwningUnitFilesItsDepartmentAndFinanceScoreAndTheSubtreeReads() throws Exception {
        String evaluation = target(2074);
        String body = filing(indicatorIds(evaluation), "900000.00", "1100", PARTLY_70);
        mvc.perform(file(evaluation, body).with(access.as(Role.UNIT))).andExpect(status().isOk());
        return access.table()
                .endpoint("PUT /evaluations/self/{targetId}", () -> file(evaluation, body))
                .anonymous().onlyRoles(Role.UNIT, Role.DEPARTMENT).refuses("t-unit-outside", "t-department")
                .endpoint("POST /evaluations/self/{targetId}/submit", () -> post(evaluation + "/submit"))
                .anonymous().onlyRoles(Role.UNIT, Role.DEPARTMENT).refuses("t-unit-outside", "t-department")
                .endpoint("POST /evaluations/self/{targetId}/department-review",
                        () -> score(evaluation, "department-review", "{\"score\": 80}"))
                .anonymous().onlyRoles(Role.DEPARTMENT)
                .endpoint("POST /evaluations/self/{targetId}/finalise",
                        () -> score(evaluation, "finalise", "{\"score\": 80}"))
                .anonymous().onlyRoles(Role.FINANCE).refuses("t-finance-outside")
                .endpoint("GET /evaluations/self/{targetId}", () -> get(evaluation))
                .anonymous().onlyRoles(Role.UNIT, Role.DEPARTMENT, Role.FINANCE, Role.AUDITOR)
                .refuses("t-unit-outside", "t-finance-outside")
                .cases();
    }
}
