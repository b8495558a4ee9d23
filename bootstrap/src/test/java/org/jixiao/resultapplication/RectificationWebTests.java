package org.jixiao.resultapplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.jixiao.evaluation.SelfEvaluationWebTests.PARTLY_70;
import static org.jixiao.evaluation.SelfEvaluationWebTests.file;
import static org.jixiao.evaluation.SelfEvaluationWebTests.filing;
import static org.jixiao.evaluation.SelfEvaluationWebTests.indicatorIds;
import static org.jixiao.evaluation.SelfEvaluationWebTests.score;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.jixiao.PlatformTest;
import org.jixiao.evaluation.SelfEvaluationWebTests;
import org.jixiao.evaluation.events.EvaluationCompleted;
import org.jixiao.evaluation.events.SpotCheckFlagged;
import org.jixiao.monitoring.events.MonitoringReviewed;
import org.jixiao.monitoring.events.ReviewAction;
import org.jixiao.monitoring.events.WarningReason;
import org.jixiao.resultapplication.port.in.ResultProjectionUseCase;
import org.jixiao.sharedkernel.access.Role;
import org.jixiao.sharedkernel.events.EventHeader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * Rectifications open by themselves, once per source, from a FAIR or POOR evaluation result (through the real
 * evaluation API and its event), a monitoring review deciding RECTIFY or SUSPEND_FUNDING, and a flagged spot-check
 * item; the unit answers, finance verifies, OVERDUE shows after the deadline day. Each test uses years of its own.
 */
@RecordApplicationEvents
class RectificationWebTests extends PlatformTest {

    static final String SCHOOL_PATH = "/650000/650100/650121/TD-EDU/TU-SCHOOL/";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ResultProjectionUseCase projection;

    /** TU-SCHOOL's self-evaluation of the year, submitted at 92.50 and finalised by finance at {@code score}. */
    String finalised(int year, String score) throws Exception {
        String evaluation = SelfEvaluationWebTests.target(mvc, access, jdbc, year, "RA-" + year);
        mvc.perform(file(evaluation, filing(indicatorIds(jdbc, evaluation), "900000.00", "1100", PARTLY_70))
                .with(access.as(Role.UNIT))).andExpect(status().isOk());
        mvc.perform(post(evaluation + "/submit").with(access.as(Role.UNIT))).andExpect(status().isOk());
        mvc.perform(score(evaluation, "finalise", "{\"score\": " + score + ", \"opinion\": \"产出不达标\"}")
                .with(access.as(Role.FINANCE))).andExpect(status().isOk());
        return evaluation.replaceAll(".*/", "");
    }

    /** The rectifications of the year as the caller sees them, once there are {@code count}. */
    String listed(int year, int count) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> mvc.perform(
                        get("/api/v1/rectifications?fiscalYear=" + year).with(access.as(Role.UNIT)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(),
                body -> JsonPath.<Integer>read(body, "$.page.totalElements") == count);
    }

    static MockHttpServletRequestBuilder respond(String id, String body) {
        return post("/api/v1/rectifications/" + id + "/responses").contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    static MockHttpServletRequestBuilder verify(String id, String body) {
        return post("/api/v1/rectifications/" + id + "/verify").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static MonitoringReviewed review(int year, UUID report, ReviewAction action, long version, Instant at) {
        return new MonitoringReviewed(new EventHeader(UUID.randomUUID(), at, year, "650121", "TU-SCHOOL",
                SCHOOL_PATH, report, version), report, UUID.randomUUID(), UUID.randomUUID(), 9, "TD-EDU",
                "RA-M-" + year, "校舍维修改造项目", new BigDecimal("1000000.00"), new BigDecimal("300000.00"),
                new BigDecimal("60.00"), action, null, "执行进度滞后", true, List.of(WarningReason.EXECUTION_ABNORMAL));
    }

    @Test
    void aFairResultOpensOneTaskWhateverIsDeliveredAgain() throws Exception {
        String target = finalised(2075, "72.5");
        String body = listed(2075, 1);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        assertThat(JsonPath.<String>read(body, "$.content[0].source")).isEqualTo("EVALUATION");
        assertThat(JsonPath.<String>read(body, "$.content[0].sourceKey")).isEqualTo(target);
        assertThat(JsonPath.<String>read(body, "$.content[0].problem")).isEqualTo("2075年度绩效评价结果为中（72.50分），须整改");
        assertThat(JsonPath.<String>read(body, "$.content[0].openedOn")).isEqualTo(today);
        assertThat(JsonPath.<String>read(body, "$.content[0].deadline"))
                .isEqualTo(LocalDate.parse(today).plusDays(30).toString());
        assertThat(JsonPath.<String>read(body, "$.content[0].status")).isEqualTo("OPEN");
        assertThat(JsonPath.<String>read(body, "$.content[0].deadlineRule.key")).isEqualTo("application.rectificationDays");
        String id = JsonPath.read(body, "$.content[0].id");

        EvaluationCompleted fair = events.stream(EvaluationCompleted.class)
                .filter(e -> e.targetId().toString().equals(target)).reduce((a, b) -> b).orElseThrow();
        assertThat(projection.keep(fair)).as("a redelivery changes nothing").isFalse();
        // finance scores it again, POOR: the same source, still one task
        mvc.perform(score("/api/v1/evaluations/self/" + target, "finalise", "{\"score\": 50}")
                .with(access.as(Role.FINANCE))).andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT grade FROM resultapplication.evaluation_result WHERE target_id = ?::uuid").param(target)
                .query(String.class).single().equals("POOR"));
        assertThat(projection.keep(fair)).as("a late older version changes nothing").isFalse();
        projection.rebuild();
        await().atMost(Duration.ofSeconds(10)).until(() -> !projection.status().rebuilding());
        listed(2075, 1);
        mvc.perform(get("/api/v1/rectifications/" + id).with(access.as(Role.DEPARTMENT)))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.unitCode").value("TU-SCHOOL"))
                .andExpect(jsonPath("$.departmentCode").value("TD-EDU"))
                .andExpect(jsonPath("$.projectCode").value("RA-2075"))
                .andExpect(jsonPath("$.fiscalYear").value(2075))
                .andExpect(jsonPath("$.overdue").value(false));
    }

    @Test
    void theUnitAnswersFinanceVerifiesAndAVerifiedTaskIsClosed() throws Exception {
        finalised(2076, "65");
        String id = JsonPath.read(listed(2076, 1), "$.content[0].id");
        mvc.perform(verify(id, "{\"accepted\": true}").with(access.as(Role.FINANCE)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentState").value("OPEN"));
        mvc.perform(respond(id, "{\"text\": \"  \"}").with(access.as(Role.UNIT)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("text"));
        mvc.perform(respond(id, "{\"text\": \"x\", \"attachmentRef\": \"" + "a".repeat(501) + "\"}")
                        .with(access.as(Role.UNIT)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("attachmentRef"));
        mvc.perform(respond(id, "{\"text\": \"已补齐验收资料\", \"attachmentRef\": \"教财〔2020〕15号\"}")
                        .header("If-Match", "\"0\"").with(access.as(Role.UNIT)))
                .andExpect(status().isConflict());
        mvc.perform(respond(id, "{\"text\": \"已补齐验收资料\", \"attachmentRef\": \"教财〔2020〕15号\", \"version\": 1}")
                        .with(access.as(Role.UNIT)))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.status").value("RESPONDED"))
                .andExpect(jsonPath("$.responses[0].text").value("已补齐验收资料"))
                .andExpect(jsonPath("$.responses[0].attachmentRef").value("教财〔2020〕15号"))
                .andExpect(jsonPath("$.responses[0].respondedBy").value("t-unit"));
        mvc.perform(verify(id, "{\"accepted\": false, \"opinion\": \"证据不足\"}").with(access.as(Role.FINANCE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.verifications[0].accepted").value(false));
        mvc.perform(verify(id, "{\"opinion\": \"x\"}").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("accepted"));
        mvc.perform(respond(id, "{\"text\": \"补充验收报告\"}").with(access.as(Role.DEPARTMENT)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.responses[1].respondedBy").value("t-department"));
        mvc.perform(verify(id, "{\"accepted\": true, \"opinion\": \"整改到位\", \"version\": 4}")
                        .with(access.as(Role.FINANCE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("VERIFIED"))
                .andExpect(jsonPath("$.version").value(5));
        mvc.perform(respond(id, "{\"text\": \"again\"}").with(access.as(Role.UNIT)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentState").value("VERIFIED"));
        mvc.perform(get("/api/v1/rectifications?fiscalYear=2076&status=VERIFIED").with(access.as(Role.AUDITOR)))
                .andExpect(jsonPath("$.page.totalElements").value(1));
        mvc.perform(get("/api/v1/rectifications?fiscalYear=2076&status=OPEN").with(access.as(Role.AUDITOR)))
                .andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(get("/api/v1/rectifications/" + UUID.randomUUID()).with(access.as(Role.FINANCE)))
                .andExpect(status().isNotFound());
        mvc.perform(respond(UUID.randomUUID().toString(), "{}").with(access.as(Role.UNIT)))
                .andExpect(status().isNotFound());
    }

    @Test
    void monitoringAndSpotCheckSourcesOpenTasksAndAPastDeadlineShowsOverdue() throws Exception {
        UUID report = UUID.randomUUID();
        Instant october = Instant.parse("2077-10-12T02:00:00Z");
        assertThat(projection.keep(review(2077, report, ReviewAction.NONE, 1, october))).isTrue();
        assertThat(projection.keep(review(2077, report, ReviewAction.SUSPEND_FUNDING, 2, october))).isTrue();
        assertThat(projection.keep(review(2077, report, ReviewAction.RECTIFY, 3, october))).isTrue();
        assertThat(projection.keep(review(2077, report, ReviewAction.RECTIFY, 3, october))).isFalse();
        UUID check = UUID.randomUUID();
        UUID target = UUID.randomUUID();
        SpotCheckFlagged flag = new SpotCheckFlagged(new EventHeader(UUID.randomUUID(), Instant.now(), 2077,
                "650121", "TU-SCHOOL", SCHOOL_PATH, check, 2), check, target, "RA-S-2077", "校舍维修改造项目",
                new BigDecimal("92.50"), new BigDecimal("78.00"), new BigDecimal("-14.50"), BigDecimal.TEN,
                "产出数量与验收资料不符");
        assertThat(projection.keep(flag)).isTrue();
        assertThat(projection.keep(flag)).isFalse();
        String body = listed(2077, 2);
        assertThat(JsonPath.<List<String>>read(body, "$.content[*].source")).containsExactly("MONITORING", "SPOT_CHECK"); // newest deadline first
        assertThat(JsonPath.<String>read(body, "$.content[1].problem"))
                .isEqualTo("2077年度绩效自评抽审复核评分78.00分，与自评92.50分相差14.50分，超过10分：产出数量与验收资料不符");
        assertThat(JsonPath.<String>read(body, "$.content[1].sourceKey")).isEqualTo(check + "/" + target);
        assertThat(JsonPath.<String>read(body, "$.content[0].problem"))
                .isEqualTo("2077年9月绩效运行监控审核决定暂缓或停止拨款：执行进度滞后");
        assertThat(JsonPath.<String>read(body, "$.content[0].deadline")).isEqualTo("2077-11-11");
        assertThat(JsonPath.<String>read(body, "$.content[0].status")).isEqualTo("OPEN"); // 2077 is still to come
        // a task whose deadline has passed: the review of an earlier year
        UUID past = UUID.randomUUID();
        projection.keep(review(2019, past, ReviewAction.RECTIFY, 1, Instant.parse("2019-10-12T02:00:00Z")));
        String overdue = listed(2019, 1);
        assertThat(JsonPath.<String>read(overdue, "$.content[0].status")).isEqualTo("OVERDUE");
        assertThat(JsonPath.<Boolean>read(overdue, "$.content[0].overdue")).isTrue();
        assertThat(JsonPath.<String>read(overdue, "$.content[0].deadline")).isEqualTo("2019-11-11");
        assertThat(JsonPath.<Integer>read(rectifications("?fiscalYear=2019&status=OVERDUE"), "$.page.totalElements"))
                .isEqualTo(1);
        assertThat(JsonPath.<Integer>read(rectifications("?fiscalYear=2019&status=OPEN"), "$.page.totalElements"))
                .isZero();
        assertThat(JsonPath.<Integer>read(rectifications("?fiscalYear=2077&source=SPOT_CHECK"),
                "$.page.totalElements")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(rectifications("?fiscalYear=2077&unitCode=TU-DIRECT"),
                "$.page.totalElements")).isZero();
    }

    String rectifications(String query) throws Exception {
        return mvc.perform(get("/api/v1/rectifications" + query).with(access.as(Role.FINANCE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void filtersAreCheckedAndOutsidersSeeNothing() throws Exception {
        mvc.perform(get("/api/v1/rectifications?status=LATE").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/v1/rectifications?unitCode=TU-OUT").with(access.as(Role.FINANCE)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/rectifications?regionCode=65012").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("regionCode"));
        mvc.perform(get("/api/v1/rectifications?size=501").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/rectifications").with(access.as("t-finance-outside")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[?(@.unitCode == 'TU-SCHOOL')]").isEmpty());
    }

    @TestFactory
    Stream<DynamicTest> accessTable() {
        UUID report = UUID.randomUUID();
        projection.keep(review(2078, report, ReviewAction.RECTIFY, 1, Instant.now()));
        String id = await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                        "SELECT id::text FROM resultapplication.rectification WHERE source_key = ?")
                .param(report.toString()).query(String.class).optional(), java.util.Optional::isPresent).orElseThrow();
        return access.table()
                .endpoint("GET /rectifications", () -> get("/api/v1/rectifications"))
                .anonymous().onlyRoles(Role.FINANCE, Role.AUDITOR, Role.DEPARTMENT, Role.UNIT)
                .endpoint("GET /rectifications/{id}", () -> get("/api/v1/rectifications/" + id))
                .anonymous().onlyRoles(Role.FINANCE, Role.AUDITOR, Role.DEPARTMENT, Role.UNIT)
                .refuses("t-finance-outside", "t-unit-outside")
                .endpoint("POST /rectifications/{id}/responses", () -> respond(id, "{\"text\": \"done\"}"))
                .anonymous().onlyRoles(Role.UNIT, Role.DEPARTMENT).refuses("t-unit-outside")
                .endpoint("POST /rectifications/{id}/verify", () -> verify(id, "{\"accepted\": true}"))
                .anonymous().onlyRoles(Role.FINANCE).refuses("t-finance-outside")
                .endpoint("GET /applications/projection", () -> get("/api/v1/applications/projection"))
                .anonymous().onlyRoles()
                .endpoint("POST /applications/projection/rebuild", () -> post("/api/v1/applications/projection/rebuild"))
                .anonymous().onlyRoles()
                .cases();
    }
}
