package org.jixiao.evaluation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.stream.Stream;

import org.jixiao.PlatformTest;
import org.jixiao.sharedkernel.access.Role;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * Finance and departments evaluate, or commission a third-party agency whose EXPERT account (t-expert, of 650121)
 * sees only its assignments and files the scores. Each test uses a fiscal year of its own; the subject is a
 * TU-SCHOOL target or the department TD-EDU's overall expenditure.
 */
class KeyEvaluationWebTests extends PlatformTest {

    static final String WEIGHTS = "{\"DECISION\": 15, \"PROCESS\": 20, \"OUTPUT\": 35, \"BENEFIT\": 30}";
    static final String SCORES = "{\"DECISION\": 13, \"PROCESS\": 16.5, \"OUTPUT\": 30, \"BENEFIT\": 24}";

    @Autowired
    JdbcClient jdbc;

    static MockHttpServletRequestBuilder commission(String body) {
        return post("/api/v1/evaluations/key").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static MockHttpServletRequestBuilder score(String evaluation, String body) {
        return put(evaluation + "/scores").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    String target(int year) throws Exception {
        return SelfEvaluationWebTests.target(mvc, access, jdbc, year, "KE-" + year).replaceAll(".*/", "");
    }

    static String thirdParty(int year, String target, String expert) {
        return """
                {"fiscalYear": %d, "subjectType": "PROJECT", "targetId": "%s", "evaluatorType": "THIRD_PARTY",
                 "agency": "新疆某某会计师事务所", "expert": "%s", "weights": %s}""".formatted(year, target, expert, WEIGHTS);
    }

    @Test
    void anAgencysExpertSeesOnlyItsAssignmentAndFilesTheScores() throws Exception {
        String target = target(2097);
        String evaluation = mvc.perform(commission(thirdParty(2097, target, "t-expert")).with(access.as(Role.FINANCE)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ASSIGNED"))
                .andExpect(jsonPath("$.commissionedBy").value("650121"))
                .andExpect(jsonPath("$.unitCode").value("TU-SCHOOL"))
                .andExpect(jsonPath("$.projectCode").value("KE-2097"))
                .andExpect(jsonPath("$.weights.OUTPUT").value(35))
                .andExpect(jsonPath("$.scores").doesNotExist())
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(evaluation).with(access.as(Role.EXPERT))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/evaluations/key").param("fiscalYear", "2097").with(access.as(Role.EXPERT)))
                .andExpect(jsonPath("$.page.totalElements").value(1));
        // each score at most its weight
        mvc.perform(score(evaluation, "{\"scores\": {\"DECISION\": 16, \"PROCESS\": 16.5, \"OUTPUT\": 30, "
                        + "\"BENEFIT\": 24}}").with(access.as(Role.EXPERT)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("scores"));
        mvc.perform(score(evaluation, "{\"scores\": " + SCORES + ", \"findings\": \"资金拨付滞后\", "
                        + "\"report\": \"第三方评价报告\", \"version\": 1}").with(access.as(Role.EXPERT)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.status").value("SCORED"))
                .andExpect(jsonPath("$.score").value(83.50))
                .andExpect(jsonPath("$.grade").value("GOOD"))
                .andExpect(jsonPath("$.scores.PROCESS").value(16.5))
                .andExpect(jsonPath("$.findings").value("资金拨付滞后"))
                .andExpect(jsonPath("$.scoredBy").value("t-expert"))
                .andExpect(jsonPath("$.appliedRules[0].key").value("evaluation.gradeBands"));
        mvc.perform(score(evaluation, "{\"scores\": " + SCORES + ", \"version\": 1}").with(access.as(Role.EXPERT)))
                .andExpect(status().isConflict());
        mvc.perform(get(evaluation).with(access.as(Role.DEPARTMENT))).andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(83.50));
        mvc.perform(get(evaluation).with(access.as(Role.UNIT))).andExpect(status().isOk());

        // an evaluation finance does itself is no assignment of the expert's
        String own = mvc.perform(commission("""
                        {"fiscalYear": 2097, "subjectType": "PROJECT", "targetId": "%s", "evaluatorType": "FINANCE",
                         "weights": %s, "scores": {"DECISION": 14, "PROCESS": 18, "OUTPUT": 33, "BENEFIT": 27},
                         "findings": "绩效良好", "report": "财政重点评价报告"}""".formatted(target, WEIGHTS))
                        .with(access.as(Role.FINANCE)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SCORED"))
                .andExpect(jsonPath("$.score").value(92.00))
                .andExpect(jsonPath("$.grade").value("EXCELLENT"))
                .andExpect(jsonPath("$.agency").doesNotExist())
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(own).with(access.as(Role.EXPERT))).andExpect(status().isForbidden());
        mvc.perform(score(own, "{\"scores\": " + SCORES + "}").with(access.as(Role.EXPERT)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/evaluations/key").param("fiscalYear", "2097").with(access.as(Role.FINANCE)))
                .andExpect(jsonPath("$.page.totalElements").value(2));
        mvc.perform(get("/api/v1/evaluations/key/" + UUID.randomUUID()).with(access.as(Role.FINANCE)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDepartmentEvaluatesItsOverallExpenditureButNoAgencyItCommissionsMay() throws Exception {
        String overall = """
                {"fiscalYear": 2098, "subjectType": "DEPARTMENT_OVERALL", "unitCode": "TD-EDU", "evaluatorType": "%s",
                 %s "weights": %s}""";
        mvc.perform(commission(overall.formatted("DEPARTMENT", "", WEIGHTS)).with(access.as(Role.DEPARTMENT)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.subjectType").value("DEPARTMENT_OVERALL"))
                .andExpect(jsonPath("$.targetId").doesNotExist())
                .andExpect(jsonPath("$.commissionedBy").value("TD-EDU"));
        mvc.perform(commission(overall.formatted("THIRD_PARTY", "\"agency\": \"某咨询公司\", \"expert\": \"t-expert\",",
                        WEIGHTS)).with(access.as(Role.DEPARTMENT)))
                .andExpect(status().isConflict());
        // finance may commission an agency over the department
        mvc.perform(commission(overall.formatted("THIRD_PARTY", "\"agency\": \"某咨询公司\", \"expert\": \"t-expert\",",
                        WEIGHTS)).with(access.as(Role.FINANCE)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.commissionedBy").value("650121"));
    }

    @Test
    void everyRuleOfTheFrameworkAndTheSubjectIsChecked() throws Exception {
        String target = target(2099);
        String body = "{\"fiscalYear\": 2099, \"subjectType\": \"%s\", \"targetId\": \"%s\", \"evaluatorType\": \"%s\","
                + " %s \"weights\": %s}";
        mvc.perform(commission(body.formatted("PROJECT", target, "FINANCE", "",
                        "{\"DECISION\": 15, \"PROCESS\": 20, \"OUTPUT\": 35, \"BENEFIT\": 29}")).with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("weights"));
        mvc.perform(commission(body.formatted("PROJECT", target, "FINANCE", "",
                        "{\"DECISION\": 21, \"PROCESS\": 20, \"OUTPUT\": 30, \"BENEFIT\": 29}")).with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("weights"));
        mvc.perform(commission(body.formatted("PROJECT", target, "DEPARTMENT", "", WEIGHTS)).with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("evaluatorType"));
        mvc.perform(commission(body.formatted("PROJECT", target, "THIRD_PARTY", "", WEIGHTS)).with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("agency"));
        mvc.perform(commission(body.formatted("PROJECT", target, "THIRD_PARTY",
                        "\"agency\": \"某所\", \"expert\": \"t-unit\",", WEIGHTS)).with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("expert"));
        // an agency engaged by the province has no expert of the county's
        mvc.perform(commission(thirdParty(2099, target, "t-expert")).with(access.as("t-finance-province")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("expert"));
        mvc.perform(commission(body.formatted("POLICY", target, "FINANCE", "", WEIGHTS)).with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("subjectType"));
        mvc.perform(commission(body.formatted("PROJECT", UUID.randomUUID(), "FINANCE", "", WEIGHTS))
                        .with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("targetId"));
        mvc.perform(commission("""
                        {"fiscalYear": 2099, "subjectType": "DEPARTMENT_OVERALL", "unitCode": "TU-SCHOOL",
                         "evaluatorType": "FINANCE", "weights": %s}""".formatted(WEIGHTS)).with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("unitCode"));
        mvc.perform(commission(body.formatted("PROJECT", target, "FINANCE", "", WEIGHTS))
                        .with(access.as("t-finance-outside")))
                .andExpect(status().isForbidden());
    }

    @TestFactory
    Stream<DynamicTest> financeAndDepartmentsCommissionTheEvaluatorScoresTheSubtreeReads() throws Exception {
        String target = target(2100);
        String evaluation = mvc.perform(commission(thirdParty(2100, target, "t-expert")).with(access.as(Role.FINANCE)))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        return access.table()
                .endpoint("POST /evaluations/key", () -> commission(thirdParty(2100, target, "t-expert")))
                .anonymous().onlyRoles(Role.FINANCE, Role.DEPARTMENT).refuses("t-finance-outside")
                .endpoint("PUT /evaluations/key/{id}/scores", () -> score(evaluation, "{\"scores\": " + SCORES + "}"))
                .anonymous().onlyRoles(Role.FINANCE, Role.DEPARTMENT, Role.EXPERT)
                .refuses("t-finance-outside", "t-department")
                .endpoint("GET /evaluations/key/{id}", () -> get(evaluation))
                .anonymous().refuses("t-finance-outside", "t-unit-outside")
                .endpoint("GET /evaluations/key", () -> get("/api/v1/evaluations/key"))
                .anonymous()
                .cases();
    }
}
