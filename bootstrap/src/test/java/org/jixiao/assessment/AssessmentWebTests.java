package org.jixiao.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jixiao.PlatformTest;
import org.jixiao.assessment.api.ExAnteAssessments;
import org.jixiao.assessment.events.Conclusion;
import org.jixiao.sharedkernel.access.Role;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/** Each test uses projects and years of its own; {@link #create} and {@link #scores} serve the gate tests too. */
public class AssessmentWebTests extends PlatformTest {

    @Autowired
    ExAnteAssessments gate;

    public static MockHttpServletRequestBuilder create(int year, String unit, String project, String amount) {
        return post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content("""
                {"fiscalYear": %d, "kind": "PROJECT", "unitCode": "%s", "projectCode": "%s",
                 "projectName": "项目 %s", "requestedAmount": %s,
                 "summary": {"necessity": "群众需求迫切", "plan": "分两期实施", "funding": "县级财政资金"}}"""
                .formatted(year, unit, project, project, amount));
    }

    public static MockHttpServletRequestBuilder scores(String id, String assessor, int each, int last) {
        return put("/api/v1/assessments/{id}/scores", id).contentType(MediaType.APPLICATION_JSON).content("""
                {"assessor": "%s", "scores": {"NECESSITY": %d, "ECONOMY": %d, "TARGET_REASONABLENESS": %d,
                 "FEASIBILITY": %d, "FUNDING_COMPLIANCE": %d},
                 "findings": {"NECESSITY": "%s 认为立项依据充分"}}""".formatted(assessor, each, each, each, each, last, assessor));
    }

    private String createAs(Role role, int year, String unit, String project, String amount) throws Exception {
        String body = mvc.perform(create(year, unit, project, amount).with(access.as(role)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void createAssignScoreTwiceConcludeAndReport() throws Exception {
        String id = createAs(Role.UNIT, 2020, "TU-SCHOOL", "AW-P1", "5000000.00");
        mvc.perform(get("/api/v1/assessments/{id}", id).with(access.as(Role.UNIT)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.requestedAmount").value(5000000.00))
                .andExpect(jsonPath("$.summary.plan").value("分两期实施"))
                .andExpect(jsonPath("$.requiredByThreshold").value(false));

        mvc.perform(post("/api/v1/assessments/{id}/assignments", id).with(access.as(Role.FINANCE))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"t-expert\", \"commissionedBy\": \"TU-DIRECT\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assignments[0].username").value("t-expert"));

        mvc.perform(scores(id, "专家甲", 18, 16).with(access.as(Role.EXPERT))).andExpect(status().isOk())
                .andExpect(jsonPath("$.currentScore").value(88.00));
        mvc.perform(scores(id, "财政评审", 17, 16).with(access.as(Role.FINANCE))).andExpect(status().isOk())
                .andExpect(jsonPath("$.currentScore").value(86.00))
                .andExpect(jsonPath("$.sheets.length()").value(2));

        mvc.perform(post("/api/v1/assessments/{id}/conclude", id).with(access.as(Role.FINANCE))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"suggestions\": \"细化绩效指标后予以支持\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONCLUDED"))
                .andExpect(jsonPath("$.totalScore").value(86.00))
                .andExpect(jsonPath("$.grade").value("GOOD"))
                .andExpect(jsonPath("$.conclusion").value("SUPPORT_AFTER_REVISION"))
                .andExpect(jsonPath("$.ruleVersion").value(0));
        // the rules applied are stored with the result, read back exactly
        mvc.perform(get("/api/v1/assessments/{id}", id).with(access.as(Role.UNIT))).andExpect(status().isOk())
                .andExpect(jsonPath("$.appliedRules[*].key").value(contains("assessment.weights",
                        "assessment.conclusionBands", "assessment.gradeBands")))
                .andExpect(jsonPath("$.appliedRules[1].value.SUPPORT").value(90))
                .andExpect(jsonPath("$.appliedRules[1].source").value("DEFAULT"))
                .andExpect(jsonPath("$.appliedRules[0].version").value(0));

        mvc.perform(get("/api/v1/assessments/{id}/report", id).with(access.as(Role.UNIT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("项目 AW-P1 事前绩效评估报告"))
                .andExpect(jsonPath("$.object.unitName").value("乌鲁木齐县第一中学"))
                .andExpect(jsonPath("$.object.requestedAmountWan").value("500.00万元"))
                .andExpect(jsonPath("$.basisAndMethod.sheets").value(2))
                .andExpect(jsonPath("$.dimensions.length()").value(5))
                .andExpect(jsonPath("$.dimensions[0].dimension").value("NECESSITY"))
                .andExpect(jsonPath("$.dimensions[0].label").value("立项必要性"))
                .andExpect(jsonPath("$.dimensions[0].score").value(17.50))
                .andExpect(jsonPath("$.dimensions[0].weight").value(20))
                .andExpect(jsonPath("$.dimensions[0].findings[0]").value("专家甲：专家甲 认为立项依据充分"))
                .andExpect(jsonPath("$.conclusion.conclusionLabel").value("调整完善后予以支持"))
                .andExpect(jsonPath("$.conclusion.gradeLabel").value("良"))
                .andExpect(jsonPath("$.suggestions").value("细化绩效指标后予以支持"));

        assertThat(gate.conclusionFor("TU-SCHOOL", "AW-P1", 2020)).hasValueSatisfying(c -> {
            assertThat(c.conclusion()).isEqualTo(Conclusion.SUPPORT_AFTER_REVISION);
            assertThat(c.totalScore()).isEqualByComparingTo("86.00");
        });
        assertThat(gate.conclusionFor("TU-SCHOOL", "AW-P1", 2021)).isEmpty();

        mvc.perform(scores(id, "专家乙", 20, 20).with(access.as(Role.FINANCE)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentState").value("CONCLUDED"));
        mvc.perform(post("/api/v1/assessments/{id}/conclude", id).with(access.as(Role.FINANCE)))
                .andExpect(status().isConflict());
    }

    @Test
    void scoresAboveTheirWeightAreRejectedNamingTheDimension() throws Exception {
        String id = createAs(Role.FINANCE, 2020, "TU-SCHOOL", "AW-P2", "100.00");
        mvc.perform(scores(id, "甲", 21, 10).with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("scores.NECESSITY")))
                .andExpect(jsonPath("$.errors[0].message").value("得分 21 超过该维度分值 20.00".replace("20.00", "20")));
        mvc.perform(put("/api/v1/assessments/{id}/scores", id).with(access.as(Role.FINANCE)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assessor\": \"甲\", \"scores\": {\"NECESSITY\": 10}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("scores.FUNDING_COMPLIANCE")));
        mvc.perform(put("/api/v1/assessments/{id}/scores", id).with(access.as(Role.FINANCE)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assessor\": \"甲\", \"scores\": {\"BEAUTY\": 10}}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/assessments/{id}/conclude", id).with(access.as(Role.FINANCE)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentState").value("OPEN"));
    }

    @Test
    void invalidRequestsNameTheirFields() throws Exception {
        mvc.perform(create(2020, "TU-SCHOOL", "AW-P3", "1.005").with(access.as(Role.UNIT)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("requestedAmount"));
        mvc.perform(create(2020, "TU-SCHOOL", "AW-P3", "-5").with(access.as(Role.UNIT)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("requestedAmount"));
        mvc.perform(create(1999, "TU-SCHOOL", "AW-P3", "5").with(access.admin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("fiscalYear"));
        mvc.perform(create(2020, "TD-EDU", "AW-P3", "5").with(access.admin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("unitCode"));
        mvc.perform(post("/api/v1/assessments").with(access.as(Role.UNIT)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(6));
        String id = createAs(Role.UNIT, 2020, "TU-SCHOOL", "AW-P4", "5");
        mvc.perform(create(2020, "TU-SCHOOL", "AW-P4", "5").with(access.as(Role.UNIT))).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/assessments/{id}/assignments", id).with(access.as(Role.FINANCE))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"t-unit\", \"commissionedBy\": \"640000\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("username"));
        mvc.perform(get("/api/v1/assessments/{id}", "4f0c3c1e-7c1a-4c55-9a3e-0a4f0e7b8f11").with(access.as(Role.FINANCE)))
                .andExpect(status().isNotFound());
    }

    @Test
    void financeHandsItsDataOnlyToAnExpertAndACommissionerOfItsOwnTree() throws Exception {
        mvc.perform(post("/api/v1/accounts").with(access.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"aw-expert-640\",\"password\":\"expert-pass-640\",\"displayName\":\"宁夏机构\","
                                + "\"role\":\"EXPERT\",\"orgCode\":\"640000\"}"))
                .andExpect(status().isCreated());
        String id = createAs(Role.UNIT, 2020, "TU-SCHOOL", "AW-P19", "5");
        mvc.perform(post("/api/v1/assessments/{id}/assignments", id).with(access.as(Role.FINANCE))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"aw-expert-640\", \"commissionedBy\": \"TU-DIRECT\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/assessments/{id}/assignments", id).with(access.as(Role.FINANCE))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"t-expert\", \"commissionedBy\": \"640000\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/assessments/{id}", id).with(httpBasic("aw-expert-640", "expert-pass-640")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/assessments/{id}/assignments", id).with(access.admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"aw-expert-640\", \"commissionedBy\": \"640000\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void anAgencyMayNotAssessInsideTheOrganisationThatEngagedIt() throws Exception {
        String id = createAs(Role.UNIT, 2020, "TU-SCHOOL", "AW-P5", "5");
        mvc.perform(post("/api/v1/assessments/{id}/assignments", id).with(access.as(Role.FINANCE))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"t-expert\", \"commissionedBy\": \"TD-EDU\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("TD-EDU")));
    }

    @Test
    void anExpertSeesAndScoresOnlyWhatItIsAssigned() throws Exception {
        String assigned = createAs(Role.UNIT, 2020, "TU-SCHOOL", "AW-P6", "5");
        String other = createAs(Role.UNIT, 2020, "TU-SCHOOL", "AW-P7", "5");
        mvc.perform(post("/api/v1/assessments/{id}/assignments", assigned).with(access.as(Role.FINANCE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"t-expert\", \"commissionedBy\": \"TU-DIRECT\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/assessments/{id}", assigned).with(access.as(Role.EXPERT))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/assessments/{id}", other).with(access.as(Role.EXPERT))).andExpect(status().isForbidden());
        mvc.perform(scores(other, "专家甲", 18, 18).with(access.as(Role.EXPERT))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/assessments?size=500").with(access.as(Role.EXPERT)))
                .andExpect(jsonPath("$.content[*].id").value(hasItem(assigned)))
                .andExpect(jsonPath("$.content[*].id").value(not(hasItem(other))));
    }

    @Test
    void anExpertCannotOverwriteAnotherAssessorsSheetByNamingThem() throws Exception {
        String id = createAs(Role.UNIT, 2020, "TU-SCHOOL", "AW-P9", "5");
        mvc.perform(post("/api/v1/assessments/{id}/assignments", id).with(access.as(Role.FINANCE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"t-expert\", \"commissionedBy\": \"TU-DIRECT\"}"))
                .andExpect(status().isOk());
        mvc.perform(scores(id, "财政评审中心", 18, 18).with(access.as(Role.FINANCE))).andExpect(status().isOk());
        mvc.perform(scores(id, "财政评审中心", 1, 1).with(access.as(Role.EXPERT)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("其他账户")));
        mvc.perform(scores(id, "第三方机构", 16, 16).with(access.as(Role.EXPERT))).andExpect(status().isOk());
        mvc.perform(scores(id, "第三方机构", 17, 17).with(access.as(Role.EXPERT))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/assessments/{id}", id).with(access.as(Role.FINANCE)))
                .andExpect(jsonPath("$.sheets.length()").value(2))
                .andExpect(jsonPath("$.currentScore").value(87.5));
    }

    @Test
    void malformedCodesAreFieldErrorsAndAssignmentsHonourIfMatch() throws Exception {
        mvc.perform(create(2020, "TU SCHOOL", "AW-P10", "5").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("unitCode"));
        mvc.perform(create(2020, "TU-SCHOOL", "AW P10", "5").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("projectCode"));
        String id = createAs(Role.UNIT, 2020, "TU-SCHOOL", "AW-P10", "5");
        mvc.perform(post("/api/v1/assessments/{id}/assignments", id).with(access.as(Role.FINANCE))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"t-expert\", \"commissionedBy\": \"64 00\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("commissionedBy"));
        mvc.perform(post("/api/v1/assessments/{id}/assignments", id).with(access.as(Role.FINANCE)).header("If-Match", "\"7\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"t-expert\", \"commissionedBy\": \"TU-DIRECT\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/assessments/{id}/assignments", id).with(access.as(Role.FINANCE)).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"t-expert\", \"commissionedBy\": \"TU-DIRECT\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        String id = createAs(Role.UNIT, 2020, "TU-SCHOOL", "AW-P8", "5");
        mvc.perform(scores(id, "甲", 18, 18).header("If-Match", "\"1\"").with(access.as(Role.FINANCE))).andExpect(status().isOk());
        mvc.perform(scores(id, "乙", 18, 18).header("If-Match", "\"1\"").with(access.as(Role.FINANCE)))
                .andExpect(status().isConflict());
        mvc.perform(scores(id, "乙", 18, 18).header("If-Match", "\"2\"").with(access.as(Role.FINANCE))).andExpect(status().isOk());
    }

    @Test
    void aThresholdRuleMarksAssessmentsAsRequired() throws Exception {
        mvc.perform(put("/api/v1/rules/650121/2036/assessment.threshold").with(access.as(Role.FINANCE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 1000000}")).andExpect(status().isOk());
        mvc.perform(create(2036, "TU-SCHOOL", "AW-T1", "1000000.00").with(access.as(Role.UNIT)))
                .andExpect(jsonPath("$.requiredByThreshold").value(true));
        mvc.perform(create(2036, "TU-SCHOOL", "AW-T2", "999999.99").with(access.as(Role.UNIT)))
                .andExpect(jsonPath("$.requiredByThreshold").value(false));
        assertThat(gate.reachesThreshold("650121", 2036, new BigDecimal("1000000.00"))).isTrue();
        assertThat(gate.reachesThreshold("650121", 2036, new BigDecimal("999999.99"))).isFalse();
        assertThat(gate.reachesThreshold("650121", 2037, new BigDecimal("999999999"))).isFalse();
    }

    @Test
    void statisticsOfARegionAndYear() throws Exception {
        // Urumqi county 2020 in the seeds: 5 projects of 4 units, 2,023.63万元, all rated good. Here as year 2040.
        for (String unit : new String[] {"AS-U1", "AS-U2"}) {
            mvc.perform(post("/api/v1/org-units").with(access.admin()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"code\":\"%s\",\"name\":\"%s\",\"kind\":\"UNIT\",\"parentCode\":\"TD-EDU\"}".formatted(unit, unit)));
        }
        String[][] projects = {{"TU-SCHOOL", "S1", "5000000.00"}, {"TU-SCHOOL", "S2", "3236300.00"},
                {"TU-DIRECT", "S3", "4000000.00"}, {"AS-U1", "S4", "6000000.00"}, {"AS-U2", "S5", "2000000.00"}};
        for (String[] p : projects) {
            String id = createAs(Role.FINANCE, 2040, p[0], p[1], p[2]);
            mvc.perform(scores(id, "专家", 17, 17).with(access.as(Role.FINANCE))).andExpect(status().isOk());
            mvc.perform(post("/api/v1/assessments/{id}/conclude", id).with(access.as(Role.FINANCE))).andExpect(status().isOk());
        }
        createAs(Role.FINANCE, 2040, "TU-SCHOOL", "S6-OPEN", "1.00");
        mvc.perform(get("/api/v1/assessments/statistics?fiscalYear=2040&regionCode=650121").with(access.as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessments").value(6))
                .andExpect(jsonPath("$.concluded").value(5))
                .andExpect(jsonPath("$.units").value(4))
                .andExpect(jsonPath("$.requestedAmount").value(20236301.00))
                .andExpect(jsonPath("$.averageScore").value(85.00))
                .andExpect(jsonPath("$.byGrade[?(@.grade == 'GOOD')].assessments").value(5))
                .andExpect(jsonPath("$.byConclusion[?(@.conclusion == 'SUPPORT_AFTER_REVISION')].assessments").value(5))
                .andExpect(jsonPath("$.byConclusion[?(@.conclusion == 'SUPPORT_AFTER_REVISION')].requestedAmount").value(20236300.00));
        mvc.perform(get("/api/v1/assessments?fiscalYear=2040&regionCode=650121&conclusion=SUPPORT_AFTER_REVISION&size=500")
                        .with(access.as(Role.FINANCE)))
                .andExpect(jsonPath("$.page.totalElements").value(5))
                .andExpect(jsonPath("$.content[0].requestedAmount").isNumber());
        mvc.perform(get("/api/v1/assessments/statistics?fiscalYear=2040&regionCode=640000").with(access.as(Role.FINANCE)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/assessments/statistics?fiscalYear=2040&regionCode=650121").with(access.as("t-finance-outside")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/assessments/statistics?fiscalYear=2040&regionCode=650121").with(access.as(Role.UNIT)))
                .andExpect(jsonPath("$.units").value(1))
                .andExpect(jsonPath("$.assessments").value(3));
    }

    @TestFactory
    Stream<DynamicTest> accessRules() throws Exception {
        String id = createAs(Role.UNIT, 2020, "TU-SCHOOL", "AW-A1", "5");
        Supplier<MockHttpServletRequestBuilder> assign = () -> post("/api/v1/assessments/" + id + "/assignments")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"t-expert\", \"commissionedBy\": \"TU-DIRECT\"}");
        return access.table()
                .endpoint("POST /assessments", () -> create(2020, "TU-SCHOOL", "AW-A2", "5"))
                .anonymous().onlyRoles(Role.UNIT, Role.FINANCE).refuses("t-unit-outside", "t-finance-outside")
                .endpoint("GET /assessments/{id}", () -> get("/api/v1/assessments/" + id))
                .anonymous().refuses("t-finance-outside")
                .endpoint("POST /assessments/{id}/assignments", assign)
                .onlyRoles(Role.FINANCE).refuses("t-finance-outside")
                .endpoint("PUT /assessments/{id}/scores", () -> scores(id, "x", 1, 1))
                .onlyRoles(Role.FINANCE, Role.EXPERT).refuses("t-finance-outside")
                .endpoint("POST /assessments/{id}/conclude", () -> post("/api/v1/assessments/" + id + "/conclude"))
                .onlyRoles(Role.FINANCE).refuses("t-finance-outside")
                .endpoint("GET /assessments/{id}/report", () -> get("/api/v1/assessments/" + id + "/report"))
                .refuses("t-unit-outside")
                .endpoint("GET /assessments", () -> get("/api/v1/assessments?fiscalYear=2020"))
                .anonymous()
                .endpoint("GET /assessments/statistics",
                        () -> get("/api/v1/assessments/statistics?fiscalYear=2020&regionCode=650121"))
                .anonymous().refuses("t-finance-outside")
                .cases();
    }

    @Test
    void aMalformedRegionFilterIsA400AndAnUnknownOneA403() throws Exception {
        mvc.perform(get("/api/v1/assessments?regionCode=abc").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("regionCode"));
        mvc.perform(get("/api/v1/assessments/statistics?fiscalYear=2020&regionCode=659800")
                .with(access.as(Role.FINANCE))).andExpect(status().isForbidden());
    }

    @Test
    void whatEachCallerSees() throws Exception {
        String id = createAs(Role.UNIT, 2020, "TU-SCHOOL", "AW-A3", "5");
        mvc.perform(get("/api/v1/assessments/{id}/report", id).with(access.as(Role.UNIT)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentState").value("OPEN"));
        mvc.perform(get("/api/v1/assessments/{id}", id).with(access.as(Role.DEPARTMENT))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/assessments/{id}", id).with(access.as(Role.AUDITOR))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/assessments?size=500").with(access.as("t-unit-outside")))
                .andExpect(jsonPath("$.content[*].id").value(not(hasItem(id))));
    }
}
