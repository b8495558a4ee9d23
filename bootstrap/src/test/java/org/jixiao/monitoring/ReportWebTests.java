package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
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

import org.jixiao.PlatformTest;
import org.jixiao.monitoring.events.MonitoringReviewed;
import org.jixiao.monitoring.events.ReviewAction;
import org.jixiao.monitoring.events.WarningReason;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * The owning unit files its monitoring report; each test uses a fiscal year of its own. The target is TU-SCHOOL's
 * (account t-unit): 改造校舍面积 ≥ 1200, 验收合格率 ≥ 95, 受益学生人数 ≥ 800, and a qualitative 长效管护机制.
 */
@RecordApplicationEvents
class ReportWebTests extends PlatformTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    /** A round of September (time progress 75 %) over one approved TU-SCHOOL target; its report's path. */
    String report(int year, String dueDate) throws Exception {
        String body = TargetWebTests.body("PROJECT", "TU-SCHOOL", "RP-" + year, "1000000.00", TargetWebTests.INDICATORS)
                .replace("\"fiscalYear\": 2020", "\"fiscalYear\": " + year);
        String target = JsonPath.read(mvc.perform(post("/api/v1/targets").with(access.as(Role.UNIT))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/targets/{id}/submit", target).with(access.as(Role.UNIT))).andExpect(status().isOk());
        mvc.perform(TargetWebTests.review(target, "APPROVE", "GOOD").with(access.as(Role.DEPARTMENT)))
                .andExpect(status().isOk());
        mvc.perform(TargetWebTests.review(target, "APPROVE", "GOOD").with(access.as(Role.FINANCE)))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT count(*) FROM monitoring.target_in_force WHERE target_id = ?").param(UUID.fromString(target))
                .query(Integer.class).single() == 1);
        String round = JsonPath.read(mvc.perform(post("/api/v1/monitoring/rounds").with(access.as(Role.FINANCE))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"fiscalYear": %d, "regionCode": "650121", "cutoffMonth": 9, "scope": "PROJECT",
                                 "dueDate": "%s"}""".formatted(year, dueDate)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        return "/api/v1/monitoring/rounds/" + round + "/reports/" + target;
    }

    List<String> indicatorIds(String report) throws Exception {
        return JsonPath.read(mvc.perform(get(report).with(access.as(Role.UNIT))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$.indicators[*].indicatorId");
    }

    /** Area 900 of 1200, 72 % accepted, 600 of 800 pupils (about 100 % of September's pace), the mechanism partly. */
    static String filing(List<String> ids, String executed, String note, String area, String areaReason) {
        return """
                {"budgetAmount": 1000000.00, "executedAmount": %s, %s
                 "indicators": [
                   {"indicatorId": "%s", "actualToDate": "%s", "expectedYearEnd": "1200", "likelihood": "CERTAIN" %s},
                   {"indicatorId": "%s", "actualToDate": 72, "likelihood": "CERTAIN"},
                   {"indicatorId": "%s", "actualToDate": "600", "likelihood": "POSSIBLE"},
                   {"indicatorId": "%s", "achievement": "PARTLY_ACHIEVED", "likelihood": "POSSIBLE"}],
                 "measures": "按月调度施工进度"}"""
                .formatted(executed, note == null ? "" : "\"executionNote\": \"" + note + "\",", ids.get(0), area,
                        areaReason == null ? "" : ", \"deviationReason\": \"" + areaReason + "\"", ids.get(1),
                        ids.get(2), ids.get(3));
    }

    static MockHttpServletRequestBuilder file(String report, String body) {
        return put(report).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void theUnitFilesItsReportAndCorrectsItUntilFinanceReviews() throws Exception {
        String report = report(2061, "2061-10-20");
        mvc.perform(get(report).with(access.as(Role.FINANCE)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.filed").value(false))
                .andExpect(jsonPath("$.approvedBudget").value(1000000.00))
                .andExpect(jsonPath("$.unitCode").value("TU-SCHOOL"))
                .andExpect(jsonPath("$.indicators.length()").value(4))
                .andExpect(jsonPath("$.indicators[0].actualToDate").doesNotExist());
        List<String> ids = indicatorIds(report);
        mvc.perform(file(report, filing(ids, "600000.00", null, "900", null)).with(access.as(Role.UNIT)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.filed").value(true))
                .andExpect(jsonPath("$.late").value(false))
                .andExpect(jsonPath("$.filedBy").value("t-unit"))
                .andExpect(jsonPath("$.executedAmount").value(600000.00))
                .andExpect(jsonPath("$.indicators[0].actualToDate").value("900"))
                .andExpect(jsonPath("$.indicators[1].actualToDate").value("72"))
                .andExpect(jsonPath("$.indicators[3].achievement").value("PARTLY_ACHIEVED"))
                .andExpect(jsonPath("$.measures").value("按月调度施工进度"));

        mvc.perform(file(report, filing(ids, "650000.00", null, "950", null)).header("If-Match", "\"0\"")
                        .with(access.as(Role.UNIT)))
                .andExpect(status().isConflict());
        mvc.perform(file(report, filing(ids, "650000.00", null, "950", null)).header("If-Match", "\"1\"")
                        .with(access.as(Role.UNIT)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.indicators[0].actualToDate").value("950"));
        mvc.perform(get(report).with(access.as(Role.DEPARTMENT)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.executedAmount").value(650000.00));
    }

    @Test
    void filingAfterTheDueDateIsAcceptedAndMarkedLate() throws Exception {
        String report = report(2062, "2026-01-31"); // the due date is past: history is entered late
        mvc.perform(file(report, filing(indicatorIds(report), "600000.00", null, "900", null))
                        .with(access.as(Role.UNIT)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.late").value(true));
    }

    @Test
    void everyRuleTheReportBreaksIsNamedInOneAnswer() throws Exception {
        String report = report(2063, "2063-10-20");
        List<String> ids = indicatorIds(report);
        // over budget without a note, and an area of 1080 (120 % of the pace: blue) without a reason
        mvc.perform(file(report, filing(ids, "1000000.01", null, "1080", null)).with(access.as(Role.UNIT)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "executionNote", "indicators[0].deviationReason")));
        // a bad body is a 400 before a stale version is a 409
        mvc.perform(file(report, filing(ids, "1000000.01", null, "1080", null)).header("If-Match", "\"9\"")
                        .with(access.as(Role.UNIT)))
                .andExpect(status().isBadRequest());
        mvc.perform(file(report, filing(ids, "1000000.01", "追加配套资金", "1080", "提前完工"))
                        .with(access.as(Role.UNIT)))
                .andExpect(status().isOk());
        mvc.perform(file(report, filing(ids, "600000.00", null, "九百", null)).with(access.as(Role.UNIT)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indicators[0].actualToDate"));
        mvc.perform(file(report, filing(List.of(ids.get(0), ids.get(1), ids.get(2), ids.get(2)), "600000.00", null,
                        "900", null)).with(access.as(Role.UNIT)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "indicators[3].indicatorId", "indicators")));
        mvc.perform(file(report, filing(ids, "-1", null, "900", null)).with(access.as(Role.UNIT)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("executedAmount"));
        mvc.perform(file(report.replaceAll("reports/.*", "reports/" + UUID.randomUUID()),
                        filing(ids, "600000.00", null, "900", null)).with(access.as(Role.UNIT)))
                .andExpect(status().isNotFound());
    }

    @Test
    void financeAssessesTheRoundAndEveryReportShowsItsLightsAndWarning() throws Exception {
        String report = report(2065, "2065-10-20");
        String round = report.replaceAll("/reports/.*", "");
        List<String> ids = indicatorIds(report);
        // 300,000 of 1,000,000 by September: 30 % executed, 40 % of the pace, red; indicators about 100 % green,
        // the mechanism partly (yellow, 50 %): completion (30·75 + 20·75.79 + 20·75 + 10·50) ÷ 80 = 72.07
        mvc.perform(file(report, filing(ids, "300000.00", null, "900", null)).with(access.as(Role.UNIT)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.assessment").doesNotExist());
        mvc.perform(post(round + "/assess").with(access.as(Role.FINANCE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessedAt").isNotEmpty())
                .andExpect(jsonPath("$.version").value(2));
        mvc.perform(get(report).with(access.as(Role.UNIT)))
                .andExpect(jsonPath("$.assessment.executionRate").value(30.00))
                .andExpect(jsonPath("$.assessment.timeProgress").value(75.00))
                .andExpect(jsonPath("$.assessment.executionLight").value("RED"))
                .andExpect(jsonPath("$.assessment.targetLight").value("YELLOW"))
                .andExpect(jsonPath("$.assessment.targetCompletionRate").value(72.07))
                .andExpect(jsonPath("$.assessment.gap").value(42.07))
                .andExpect(jsonPath("$.assessment.warning").value(true))
                .andExpect(jsonPath("$.assessment.reasons").value(org.hamcrest.Matchers.contains(
                        "EXECUTION_ABNORMAL", "GAP_EXCEEDED")))
                .andExpect(jsonPath("$.indicators[0].light").value("GREEN"))
                .andExpect(jsonPath("$.indicators[3].light").value("YELLOW"));
        // a correction clears the assessment until finance assesses again
        mvc.perform(file(report, filing(ids, "700000.00", null, "900", null)).with(access.as(Role.UNIT)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.assessment").doesNotExist())
                .andExpect(jsonPath("$.indicators[0].light").doesNotExist());
        mvc.perform(post(round + "/assess").with(access.as(Role.FINANCE))).andExpect(status().isOk());
        mvc.perform(get(report).with(access.as(Role.FINANCE)))
                .andExpect(jsonPath("$.assessment.executionLight").value("GREEN"))
                .andExpect(jsonPath("$.assessment.warning").value(false))
                .andExpect(jsonPath("$.assessment.reasons").isEmpty());
    }

    @Test
    void aReportNotFiledWhenTheRoundIsAssessedIsAWarningWithNothingElse() throws Exception {
        String report = report(2066, "2066-10-20");
        mvc.perform(post(report.replaceAll("/reports/.*", "") + "/assess").with(access.as(Role.FINANCE)))
                .andExpect(status().isOk());
        mvc.perform(get(report).with(access.as(Role.AUDITOR)))
                .andExpect(jsonPath("$.filed").value(false))
                .andExpect(jsonPath("$.assessment.reasons").value(org.hamcrest.Matchers.contains("NOT_FILED")))
                .andExpect(jsonPath("$.assessment.warning").value(true))
                .andExpect(jsonPath("$.assessment.executionRate").doesNotExist());
    }

    static MockHttpServletRequestBuilder review(String report, String body) {
        return post(report + "/review").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void financeReviewsAndActsTheDepartmentAddsItsOpinionAndTheReviewIsPublished() throws Exception {
        String report = report(2067, "2067-10-20");
        String bad = """
                {"score": 70, "action": "NONE"}""";
        mvc.perform(review(report, bad).with(access.as(Role.FINANCE))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentState").value("NOT_FILED"));
        mvc.perform(post(report + "/department-opinion").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"opinion\": \"已督促\"}").with(access.as(Role.DEPARTMENT)))
                .andExpect(status().isConflict());
        List<String> ids = indicatorIds(report);
        mvc.perform(file(report, filing(ids, "300000.00", null, "900", null)).with(access.as(Role.UNIT)))
                .andExpect(status().isOk());
        mvc.perform(post(report.replaceAll("/reports/.*", "") + "/assess").with(access.as(Role.FINANCE)))
                .andExpect(status().isOk());

        // the department's opinion is information, never a gate
        mvc.perform(post(report + "/department-opinion").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"opinion\": \"已督促学校加快支付\", \"version\": 1}").with(access.as(Role.DEPARTMENT)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.departmentOpinion.opinion").value("已督促学校加快支付"))
                .andExpect(jsonPath("$.departmentOpinion.givenBy").value("t-department"))
                .andExpect(jsonPath("$.status").value("FILED"));

        // money moves only with an amount, at most the budget of 1,000,000.00
        mvc.perform(review(report, """
                        {"score": 60, "action": "ADJUST_BUDGET"}""").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        mvc.perform(review(report, """
                        {"score": 60, "action": "RECALL_FUNDS", "amount": 1000000.01}""").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        mvc.perform(review(report, """
                        {"score": 60, "action": "RECTIFY", "amount": 10}""").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        mvc.perform(review(report, """
                        {"score": 100.01, "action": "NONE"}""").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("score"));
        mvc.perform(review(report, """
                        {"score": 57.85, "action": "NONE", "version": 1}""").with(access.as(Role.FINANCE)))
                .andExpect(status().isConflict());

        events.clear();
        mvc.perform(review(report, """
                        {"score": 57.85, "opinion": "执行进度滞后", "action": "RECALL_FUNDS", "amount": 1000000.00,
                         "version": 2}""").with(access.as(Role.FINANCE)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.status").value("REVIEWED"))
                .andExpect(jsonPath("$.review.score").value(57.85))
                .andExpect(jsonPath("$.review.action").value("RECALL_FUNDS"))
                .andExpect(jsonPath("$.review.amount").value(1000000.00))
                .andExpect(jsonPath("$.review.reviewedBy").value("t-finance"))
                .andExpect(jsonPath("$.departmentOpinion.opinion").value("已督促学校加快支付"))
                .andExpect(jsonPath("$.assessment.warning").value(true));
        List<MonitoringReviewed> published = events.stream(MonitoringReviewed.class).toList();
        assertThat(published).singleElement().satisfies(e -> {
            assertThat(e.header().fiscalYear()).isEqualTo(2067);
            assertThat(e.header().regionCode()).isEqualTo("650121");
            assertThat(e.header().unitCode()).isEqualTo("TU-SCHOOL");
            assertThat(e.header().aggregateVersion()).isEqualTo(3);
            assertThat(e.targetId().toString()).isEqualTo(report.replaceAll(".*/", ""));
            assertThat(e.cutoffMonth()).isEqualTo(9);
            assertThat(e.action()).isEqualTo(ReviewAction.RECALL_FUNDS);
            assertThat(e.amount()).isEqualByComparingTo("1000000.00");
            assertThat(e.budgetAmount()).isEqualByComparingTo("1000000.00");
            assertThat(e.executedAmount()).isEqualByComparingTo("300000.00");
            assertThat(e.warning()).isTrue();
            assertThat(e.reasons()).containsExactly(
                    WarningReason.EXECUTION_ABNORMAL, WarningReason.GAP_EXCEEDED);
        });

        // reviewed: closed to the unit's corrections; finance may review again, which replaces the review
        mvc.perform(file(report, filing(ids, "700000.00", null, "900", null)).with(access.as(Role.UNIT)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentState").value("REVIEWED"));
        mvc.perform(review(report, """
                        {"score": 65, "action": "RECTIFY"}""").with(access.as(Role.FINANCE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.review.action").value("RECTIFY"))
                .andExpect(jsonPath("$.review.amount").doesNotExist())
                .andExpect(jsonPath("$.version").value(4));
        mvc.perform(get(report).with(access.as(Role.AUDITOR)))
                .andExpect(jsonPath("$.review.score").value(65.00)).andExpect(jsonPath("$.executedAmount").value(300000.00));
    }

    @Test
    void theSummaryAndTheWarningsOfTheRoundAsEachCallerSeesThem() throws Exception {
        String report = report(2068, "2068-10-20");
        String round = report.replaceAll("/reports/.*", "");
        mvc.perform(get(round + "/summary").with(access.as(Role.FINANCE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reports").value(1))
                .andExpect(jsonPath("$.filed").value(0))
                .andExpect(jsonPath("$.executionRate").doesNotExist())
                .andExpect(jsonPath("$.warnings").value(0))
                .andExpect(jsonPath("$.byFundSource.length()").value(4));
        mvc.perform(file(report, filing(indicatorIds(report), "300000.00", null, "900", null)).with(access.as(Role.UNIT)))
                .andExpect(status().isOk());
        mvc.perform(post(round + "/assess").with(access.as(Role.FINANCE))).andExpect(status().isOk());
        mvc.perform(review(report, """
                        {"score": 57.85, "action": "RECTIFY"}""").with(access.as(Role.FINANCE))).andExpect(status().isOk());
        mvc.perform(get(round + "/summary").with(access.as(Role.UNIT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.filed").value(1))
                .andExpect(jsonPath("$.budgetAmount").value(1000000.00))
                .andExpect(jsonPath("$.executionRate").value(30.00))
                .andExpect(jsonPath("$.averageReviewScore").value(57.85))
                .andExpect(jsonPath("$.warnings").value(1))
                .andExpect(jsonPath("$.warningBudgetAmount").value(1000000.00))
                .andExpect(jsonPath("$.byFundSource[?(@.fundSource == 'ANNUAL_BUDGET')].executionRate").value(30.00));
        mvc.perform(get(round + "/warnings").param("light", "RED").param("departmentCode", "TD-EDU")
                        .with(access.as(Role.DEPARTMENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].targetId").value(report.replaceAll(".*/", "")))
                .andExpect(jsonPath("$.content[0].unitCode").value("TU-SCHOOL"))
                .andExpect(jsonPath("$.content[0].executionRate").value(30.00))
                .andExpect(jsonPath("$.content[0].timeProgress").value(75.00))
                .andExpect(jsonPath("$.content[0].executionLight").value("RED"))
                .andExpect(jsonPath("$.content[0].reasons[0]").value("EXECUTION_ABNORMAL"));
        mvc.perform(get(round + "/warnings").param("light", "BLUE").with(access.as(Role.AUDITOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(get(round + "/warnings").param("light", "PURPLE").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest());
        mvc.perform(get(round + "/warnings").param("size", "501").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get(round + "/warnings").param("after", "bm90LW91cnM").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("after"));
        mvc.perform(get(round + "/warnings").param("unitCode", "TU-DIRECT").with(access.as(Role.UNIT)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/monitoring/rounds/" + UUID.randomUUID() + "/summary").with(access.as(Role.FINANCE)))
                .andExpect(status().isNotFound());
    }

    @TestFactory
    Stream<DynamicTest> onlyTheOwningUnitFilesAndItsSubtreeReads() throws Exception {
        String report = report(2064, "2064-10-20");
        List<String> ids = indicatorIds(report);
        String body = filing(ids, "600000.00", null, "900", null);
        return access.table()
                .endpoint("PUT /monitoring/rounds/{id}/reports/{targetId}", () -> file(report, body))
                .anonymous().onlyRoles(Role.UNIT, Role.DEPARTMENT).refuses("t-unit-outside", "t-department")
                .endpoint("POST /monitoring/rounds/{id}/reports/{targetId}/review", () -> review(report, """
                        {"score": 80, "action": "NONE"}"""))
                .anonymous().onlyRoles(Role.FINANCE).refuses("t-finance-outside")
                .endpoint("POST /monitoring/rounds/{id}/reports/{targetId}/department-opinion",
                        () -> post(report + "/department-opinion").contentType(MediaType.APPLICATION_JSON)
                                .content("{\"opinion\": \"同意\"}"))
                .anonymous().onlyRoles(Role.DEPARTMENT)
                .endpoint("GET /monitoring/rounds/{id}/summary", () -> get(report.replaceAll("/reports/.*", "/summary")))
                .anonymous().onlyRoles(Role.UNIT, Role.DEPARTMENT, Role.FINANCE, Role.AUDITOR)
                .refuses("t-finance-outside", "t-unit-outside")
                .endpoint("GET /monitoring/rounds/{id}/warnings", () -> get(report.replaceAll("/reports/.*", "/warnings")))
                .anonymous().onlyRoles(Role.UNIT, Role.DEPARTMENT, Role.FINANCE, Role.AUDITOR)
                .refuses("t-finance-outside", "t-unit-outside")
                .endpoint("GET /monitoring/rounds/{id}/reports/{targetId}", () -> get(report))
                .anonymous().onlyRoles(Role.UNIT, Role.DEPARTMENT, Role.FINANCE, Role.AUDITOR)
                .refuses("t-unit-outside", "t-finance-outside")
                .endpoint("POST /monitoring/rounds/{id}/assess", () -> post(report.replaceAll("/reports/.*", "")
                        + "/assess"))
                .anonymous().onlyRoles(Role.FINANCE).refuses("t-finance-outside")
                .cases();
    }
}
