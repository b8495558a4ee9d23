package org.jixiao.targeting;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jixiao.AccessHarness;
import org.jixiao.PlatformTest;
import org.jixiao.sharedkernel.access.Role;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/** Each test uses projects of its own. */
public class TargetWebTests extends PlatformTest {

    public static final String INDICATORS = """
            [{"level1": "OUTPUT", "level2": "QUANTITY", "name": "改造校舍面积", "operator": "GE", "targetValue": "1200",
              "unit": "平方米", "basis": "PLAN", "weight": 30},
             {"level1": "OUTPUT", "level2": "QUALITY", "name": "验收合格率", "operator": "GE", "targetValue": 95,
              "unit": "%", "basis": "INDUSTRY", "weight": 20},
             {"level1": "BENEFIT", "level2": "SOCIAL", "name": "受益学生人数", "operator": "GE", "targetValue": "800",
              "unit": "人", "basis": "HISTORY", "weight": 20},
             {"level1": "BENEFIT", "level2": "SUSTAINABILITY", "name": "长效管护机制", "operator": "QUALITATIVE",
              "targetValue": "建立健全", "basis": "OTHER", "weight": 10}]""";

    public static String body(String kind, String unit, String project, String amount, String indicators) {
        return """
                {"fiscalYear": 2020, "kind": "%s", "unitCode": "%s", %s "projectName": "校舍改造 %s",
                 "budgetCategory": "GENERAL_PUBLIC", "fundSource": "ANNUAL_BUDGET", "budgetAmount": %s,
                 "overallGoal": "改善办学条件", "annualGoal": "完成校舍改造", "indicators": %s}"""
                .formatted(kind, unit, project == null ? "" : "\"projectCode\": \"" + project + "\",", project, amount,
                        indicators);
    }

    static MockHttpServletRequestBuilder create(String unit, String project) {
        return post("/api/v1/targets").contentType(MediaType.APPLICATION_JSON)
                .content(body("PROJECT", unit, project, "1234567.89", INDICATORS));
    }

    public static MockHttpServletRequestBuilder review(String id, String decision, String grade) {
        return post("/api/v1/targets/{id}/reviews", id).contentType(MediaType.APPLICATION_JSON).content("""
                {"decision": "%s", "grade": "%s", "comments": "指标较完整",
                 "criteria": {"COMPLETENESS": "完整", "RELEVANCE": "相关", "APPROPRIATENESS": "适当", "FEASIBILITY": "可行"}}"""
                .formatted(decision, grade));
    }

    /** A project of TU-DIRECT (directly under the county) of {@code year}, created, submitted and approved by finance. */
    public static String approvedTarget(MockMvc mvc, AccessHarness access, int year, String project) throws Exception {
        String body = body("PROJECT", "TU-DIRECT", project, "1000000.00", INDICATORS)
                .replace("\"fiscalYear\": 2020", "\"fiscalYear\": " + year);
        String id = JsonPath.read(mvc.perform(post("/api/v1/targets").with(access.admin())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/targets/{id}/submit", id).with(access.admin())).andExpect(status().isOk());
        mvc.perform(review(id, "APPROVE", "GOOD").with(access.as(Role.FINANCE))).andExpect(status().isOk());
        return id;
    }

    private String created(Role role, String unit, String project) throws Exception {
        return JsonPath.read(mvc.perform(create(unit, project).with(access.as(role)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    @Test
    void aUnitsTargetGoesThroughItsDepartmentToFinance() throws Exception {
        String id = created(Role.UNIT, "TU-SCHOOL", "TW-P1");
        mvc.perform(get("/api/v1/targets/{id}", id).with(access.as(Role.UNIT)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.barred").value(false))
                .andExpect(jsonPath("$.revision").value(0))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.quantificationRate").value(75.00))
                .andExpect(jsonPath("$.budgetAmount").value(1234567.89))
                .andExpect(jsonPath("$.indicators.length()").value(4))
                .andExpect(jsonPath("$.indicators[1].targetValue").value("95"))
                .andExpect(jsonPath("$.indicators[0].id").isNotEmpty());

        mvc.perform(post("/api/v1/targets/{id}/submit", id).with(access.as(Role.UNIT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.awaiting").value("DEPARTMENT"));
        mvc.perform(review(id, "APPROVE", "GOOD").with(access.as(Role.FINANCE)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentState").value("SUBMITTED"));
        mvc.perform(review(id, "APPROVE", "GOOD").with(access.as(Role.DEPARTMENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DEPARTMENT_APPROVED"));
        mvc.perform(review(id, "APPROVE", "EXCELLENT").with(access.as(Role.FINANCE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.inForceRevision").value(0))
                .andExpect(jsonPath("$.reviews.length()").value(2))
                .andExpect(jsonPath("$.reviews[1].criteria.FEASIBILITY").value("可行"))
                .andExpect(jsonPath("$.reviews[1].reviewer").value("t-finance"));
        mvc.perform(post("/api/v1/targets/{id}/submit", id).with(access.as(Role.UNIT)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentState").value("APPROVED"));
        mvc.perform(put("/api/v1/targets/{id}", id).with(access.as(Role.UNIT)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("PROJECT", "TU-SCHOOL", "TW-P1", "1.00", INDICATORS)))
                .andExpect(status().isConflict());
    }

    @Test
    void aUnitDirectlyUnderTheRegionGoesStraightToFinance() throws Exception {
        String id = created(Role.ADMIN, "TU-DIRECT", "TW-P2");
        mvc.perform(post("/api/v1/targets/{id}/submit", id).with(access.admin()))
                .andExpect(jsonPath("$.awaiting").value("FINANCE"));
        mvc.perform(review(id, "APPROVE", "GOOD").with(access.as(Role.FINANCE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
    }

    @Test
    void theGradeDecidesAndPoorBarsTheTarget() throws Exception {
        String fair = created(Role.UNIT, "TU-SCHOOL", "TW-P3");
        mvc.perform(post("/api/v1/targets/{id}/submit", fair).with(access.as(Role.UNIT)));
        mvc.perform(review(fair, "APPROVE", "FAIR").with(access.as(Role.DEPARTMENT)))
                .andExpect(jsonPath("$.status").value("RETURNED")).andExpect(jsonPath("$.barred").value(false));
        String poor = created(Role.UNIT, "TU-SCHOOL", "TW-P4");
        mvc.perform(post("/api/v1/targets/{id}/submit", poor).with(access.as(Role.UNIT)));
        mvc.perform(review(poor, "APPROVE", "POOR").with(access.as(Role.DEPARTMENT)))
                .andExpect(jsonPath("$.status").value("RETURNED")).andExpect(jsonPath("$.barred").value(true));
        mvc.perform(post("/api/v1/targets/{id}/submit", poor).with(access.as(Role.UNIT)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentState").value("RETURNED"));
    }

    @Test
    void editsKeepIndicatorIdsAndAStaleVersionIsAConflict() throws Exception {
        String id = created(Role.UNIT, "TU-SCHOOL", "TW-P5");
        String json = mvc.perform(get("/api/v1/targets/{id}", id).with(access.as(Role.UNIT))).andReturn().getResponse()
                .getContentAsString();
        String firstId = JsonPath.read(json, "$.indicators[0].id");
        String edited = INDICATORS.replace("{\"level1\": \"OUTPUT\", \"level2\": \"QUANTITY\"",
                "{\"id\": \"" + firstId + "\", \"level1\": \"OUTPUT\", \"level2\": \"QUANTITY\"").replace("\"1200\"", "\"1300\"");
        mvc.perform(put("/api/v1/targets/{id}", id).with(access.as(Role.UNIT)).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body("PROJECT", "TU-SCHOOL", "TW-P5", "2000.00", edited)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[0].id").value(firstId))
                .andExpect(jsonPath("$.indicators[0].targetValue").value("1300"))
                .andExpect(jsonPath("$.budgetAmount").value(2000.00))
                .andExpect(jsonPath("$.version").value(2));
        mvc.perform(put("/api/v1/targets/{id}", id).with(access.as(Role.UNIT)).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body("PROJECT", "TU-SCHOOL", "TW-P5", "2000.00", edited)))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/targets/{id}", id).with(access.as(Role.UNIT)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("PROJECT", "TU-SCHOOL", "TW-P5", "2000.00",
                                INDICATORS.replace("{\"level1\": \"OUTPUT\", \"level2\": \"QUANTITY\"",
                                        "{\"id\": \"4f0c3c1e-7c1a-4c55-9a3e-0a4f0e7b8f11\", \"level1\": \"OUTPUT\", \"level2\": \"QUANTITY\""))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indicators[0].id"));
    }

    @Test
    void invalidTargetsNameEveryField() throws Exception {
        String wrong = INDICATORS.replace("\"level2\": \"QUALITY\"", "\"level2\": \"SOCIAL\"")
                .replace("\"targetValue\": \"800\"", "\"targetValue\": \"八百\"")
                .replace("\"name\": \"受益学生人数\"", "\"name\": \"改造校舍面积\"");
        mvc.perform(post("/api/v1/targets").with(access.as(Role.UNIT)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("PROJECT", "TU-SCHOOL", "TW-BAD", "1.00", wrong)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("indicators[1].level2")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("indicators[2].targetValue")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("indicators[2].name")));
        String onlyOutput = "[" + INDICATORS.substring(1, INDICATORS.indexOf("},") + 1) + "]";
        mvc.perform(post("/api/v1/targets").with(access.as(Role.UNIT)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("PROJECT", "TU-SCHOOL", "TW-BAD", "1.00", onlyOutput)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indicators"));
        mvc.perform(post("/api/v1/targets").with(access.as(Role.UNIT)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("PROJECT", "TU-SCHOOL", "TW-BAD", "0", INDICATORS)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("budgetAmount"));
        mvc.perform(post("/api/v1/targets").with(access.as(Role.UNIT)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("PROJECT", "TU-SCHOOL", "TW-BAD", "1.001", INDICATORS)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("budgetAmount"));
        mvc.perform(post("/api/v1/targets").with(access.as(Role.UNIT)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("PROJECT", "TU-SCHOOL", "TW-BAD", "1.00", INDICATORS.replace("\"OUTPUT\"", "\"INPUT\""))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("indicators[0].level1"));
        mvc.perform(post("/api/v1/targets").with(access.as(Role.UNIT)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("DEPARTMENT_OVERALL", "TU-SCHOOL", "TW-BAD", "1.00", INDICATORS)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("projectCode"));
        mvc.perform(post("/api/v1/targets").with(access.as(Role.UNIT)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("PROJECT", "TU-SCHOOL", "TW-BAD", "1.00", "[null]")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("indicators[0]"));
        mvc.perform(post("/api/v1/targets").with(access.as(Role.UNIT)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("PROJECT", "TU-SCHOOL", "TW-BAD", "1.00",
                                INDICATORS.replace("\"targetValue\": \"800\"", "\"targetValue\": \"8E2\""))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indicators[2].targetValue"));
        created(Role.UNIT, "TU-SCHOOL", "TW-DUP");
        mvc.perform(create("TU-SCHOOL", "TW-DUP").with(access.as(Role.UNIT))).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/targets/{id}", "4f0c3c1e-7c1a-4c55-9a3e-0a4f0e7b8f11").with(access.as(Role.FINANCE)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aBodyOfTheWrongShapeNamesTheRulesItBreaksTooInOneAnswer() throws Exception {
        String wrong = INDICATORS.replace("\"level2\": \"QUALITY\"", "\"level2\": \"SOCIAL\"")
                .replace("\"targetValue\": \"800\"", "\"targetValue\": \"八百\"");
        String body = body("DEPARTMENT_OVERALL", "TU-SCHOOL", "TW-BAD", "-5", wrong);
        mvc.perform(post("/api/v1/targets").with(access.as(Role.UNIT)).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("budgetAmount", "projectCode",
                        "indicators[1].level2", "indicators[2].targetValue")));
        String id = created(Role.UNIT, "TU-SCHOOL", "TW-ONEPASS");
        mvc.perform(put("/api/v1/targets/{id}", id).with(access.as(Role.UNIT)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("PROJECT", "TU-SCHOOL", "TW-ONEPASS", "1.001", wrong)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("budgetAmount",
                        "indicators[1].level2", "indicators[2].targetValue")));
    }

    @Test
    void aReviewNamesItsMissingFieldsAndAnEmptyCriterionIsNoCriterion() throws Exception {
        String id = created(Role.UNIT, "TU-SCHOOL", "TW-R1");
        mvc.perform(post("/api/v1/targets/{id}/submit", id).with(access.as(Role.UNIT))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/targets/{id}/reviews", id).with(access.as(Role.DEPARTMENT))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("decision")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("grade")));
        mvc.perform(post("/api/v1/targets/{id}/reviews", id).with(access.as(Role.DEPARTMENT))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"decision": "APPROVE", "grade": "GOOD",
                                 "criteria": {"COMPLETENESS": null, "RELEVANCE": " ", "FEASIBILITY": "可行"}}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviews[0].criteria.FEASIBILITY").value("可行"))
                .andExpect(jsonPath("$.reviews[0].criteria.COMPLETENESS").doesNotExist())
                .andExpect(jsonPath("$.reviews[0].criteria.RELEVANCE").doesNotExist());
    }

    @Test
    void aDepartmentWritesItsOwnOverallTargetWhichGoesToFinance() throws Exception {
        String id = JsonPath.read(mvc.perform(post("/api/v1/targets").with(access.as(Role.DEPARTMENT))
                        .contentType(MediaType.APPLICATION_JSON).content(body("DEPARTMENT_OVERALL", "TD-EDU", null, "9000000.00", INDICATORS)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.projectCode").doesNotExist())
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/targets/{id}/submit", id).with(access.as(Role.DEPARTMENT)))
                .andExpect(jsonPath("$.awaiting").value("FINANCE"));
        mvc.perform(review(id, "APPROVE", "GOOD").with(access.as(Role.DEPARTMENT))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/targets").with(access.as(Role.DEPARTMENT)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("DEPARTMENT_OVERALL", "TD-EDU", null, "1.00", INDICATORS)))
                .andExpect(status().isConflict());
        mvc.perform(create("TU-SCHOOL", "TW-D1").with(access.as(Role.DEPARTMENT))).andExpect(status().isForbidden());
    }

    @TestFactory
    Stream<DynamicTest> accessRules() throws Exception {
        String id = created(Role.UNIT, "TU-SCHOOL", "TW-A1");
        Supplier<MockHttpServletRequestBuilder> edit = () -> put("/api/v1/targets/" + id)
                .contentType(MediaType.APPLICATION_JSON).content(body("PROJECT", "TU-SCHOOL", "TW-A1", "1.00", INDICATORS));
        return access.table()
                .endpoint("POST /targets", () -> create("TU-SCHOOL", "TW-A2"))
                .anonymous().onlyRoles(Role.UNIT, Role.DEPARTMENT).refuses("t-unit-outside")
                .endpoint("GET /targets/{id}", () -> get("/api/v1/targets/" + id))
                .anonymous().refuses("t-unit-outside", "t-finance-outside", AccessHarness.INSIDE.get(Role.EXPERT))
                .endpoint("PUT /targets/{id}", edit)
                .anonymous().onlyRoles(Role.UNIT, Role.DEPARTMENT).refuses("t-unit-outside", "t-department")
                .endpoint("POST /targets/{id}/submit", () -> post("/api/v1/targets/" + id + "/submit"))
                .onlyRoles(Role.UNIT, Role.DEPARTMENT).refuses("t-unit-outside", "t-department")
                .endpoint("POST /targets/{id}/reviews", () -> review(id, "APPROVE", "GOOD"))
                .onlyRoles(Role.DEPARTMENT, Role.FINANCE).refuses("t-finance-outside")
                .endpoint("GET /targets", () -> get("/api/v1/targets"))
                .onlyRoles(Role.UNIT, Role.DEPARTMENT, Role.FINANCE, Role.AUDITOR)
                .endpoint("GET /targets?unitCode=TU-OUT", () -> get("/api/v1/targets?unitCode=TU-OUT"))
                .refuses("t-finance")
                .endpoint("GET /targets/statistics", () -> get("/api/v1/targets/statistics?fiscalYear=2020"))
                .anonymous().onlyRoles(Role.UNIT, Role.DEPARTMENT, Role.FINANCE, Role.AUDITOR)
                .endpoint("GET /targets/statistics?regionCode=650121",
                        () -> get("/api/v1/targets/statistics?fiscalYear=2020&regionCode=650121"))
                .refuses("t-finance-outside")
                .cases();
    }

    @Test
    void aMalformedFilterIsA400AndAnUnknownOneRevealsNoMoreThanAnOutsideOne() throws Exception {
        for (String path : List.of("/api/v1/targets?regionCode=abc",
                "/api/v1/targets/statistics?fiscalYear=2020&regionCode=abc")) {
            mvc.perform(get(path).with(access.as(Role.FINANCE))).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("regionCode"));
        }
        for (String path : List.of("/api/v1/targets?regionCode=659800", "/api/v1/targets?unitCode=NO-SUCH-UNIT",
                "/api/v1/targets/statistics?fiscalYear=2020&regionCode=659800", "/api/v1/targets?regionCode=640000")) {
            mvc.perform(get(path).with(access.as(Role.FINANCE))).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("urn:jixiao:problem:forbidden"));
        }
    }

    @Test
    void whatEachCallerSeesOfTheList() throws Exception {
        String id = created(Role.UNIT, "TU-SCHOOL", "TW-A4");
        mvc.perform(get("/api/v1/targets/{id}", id).with(access.as(Role.AUDITOR))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/targets?fiscalYear=2020&size=500").with(access.as("t-unit-outside")))
                .andExpect(jsonPath("$.content[*].id").value(not(hasItem(id))));
        mvc.perform(get("/api/v1/targets?fiscalYear=2020&unitCode=TU-SCHOOL&size=500").with(access.as(Role.DEPARTMENT)))
                .andExpect(jsonPath("$.content[*].id").value(hasItem(id)));
        String outside = JsonPath.read(mvc.perform(create("TU-OUT", "TW-A3").with(access.as("t-unit-outside")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(get("/api/v1/targets?unitCode=TU-OUT&size=500").with(access.admin()))
                .andExpect(jsonPath("$.content[*].id").value(hasItem(outside)));
        mvc.perform(get("/api/v1/targets?regionCode=650121&unitCode=TU-OUT&size=500").with(access.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(0));
    }
}
