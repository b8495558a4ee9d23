package org.jixiao.evaluation;

import static org.jixiao.evaluation.SelfEvaluationWebTests.PARTLY_70;
import static org.jixiao.evaluation.SelfEvaluationWebTests.file;
import static org.jixiao.evaluation.SelfEvaluationWebTests.filing;
import static org.jixiao.evaluation.SelfEvaluationWebTests.indicatorIds;
import static org.jixiao.evaluation.SelfEvaluationWebTests.score;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;

import org.jixiao.PlatformTest;
import org.jixiao.sharedkernel.access.Role;
import org.jixiao.targeting.TargetWebTests;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A region's results of a year: the summary as each caller sees it, publication and the public list. Each test
 * uses a fiscal year of its own. In it: TU-SCHOOL's target A self-evaluated at 92.50 and submitted, its target C
 * only drafted, and TU-DIRECT's target B (a unit directly under 650121, filed by ADMIN) at 76.00, submitted:
 * 5.00 + 30 × 600 ÷ 1200 = 15.00 + 20.00 + 26.67 + 9.33.
 */
class EvaluationResultsWebTests extends PlatformTest {

    @Autowired
    JdbcClient jdbc;

    /** Targets A, B and C of the year as the class describes them; A's self-evaluation path. */
    String threeTargets(int year) throws Exception {
        String a = SelfEvaluationWebTests.target(mvc, access, jdbc, year, "ER-A-" + year);
        String b = SelfEvaluationWebTests.copied(jdbc, TargetWebTests.approvedTarget(mvc, access, year, "ER-B-" + year));
        String c = SelfEvaluationWebTests.target(mvc, access, jdbc, year, "ER-C-" + year);
        mvc.perform(file(a, filing(indicatorIds(jdbc, a), "900000.00", "1100", PARTLY_70)).with(access.as(Role.UNIT)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.score").value(92.50));
        mvc.perform(post(a + "/submit").with(access.as(Role.UNIT))).andExpect(status().isOk());
        mvc.perform(file(b, filing(indicatorIds(jdbc, b), "500000.00", "600", PARTLY_70)).with(access.admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.score").value(76.00));
        mvc.perform(post(b + "/submit").with(access.admin())).andExpect(status().isOk());
        mvc.perform(file(c, filing(indicatorIds(jdbc, c), "100000.00", "100", PARTLY_70)).with(access.as(Role.UNIT)))
                .andExpect(status().isOk());
        return a;
    }

    static MockHttpServletRequestBuilder summary(int year, String region) {
        return get("/api/v1/evaluations/summary").param("fiscalYear", Integer.toString(year))
                .param("regionCode", region);
    }

    static MockHttpServletRequestBuilder publish(int year, String region) {
        return post("/api/v1/evaluations/publish").contentType(MediaType.APPLICATION_JSON)
                .content("{\"fiscalYear\": %d, \"regionCode\": \"%s\"}".formatted(year, region));
    }

    @Test
    void theSummaryCountsSubmittedEvaluationsByEffectiveScoreAsEachCallerSeesThem() throws Exception {
        String a = threeTargets(2081);
        for (String caller : new String[] {"t-finance", "t-finance-province", "t-auditor"}) {
            mvc.perform(summary(2081, "650121").with(access.as(caller)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.evaluations").value(2))
                    .andExpect(jsonPath("$.targets").value(3))
                    .andExpect(jsonPath("$.coverage").value(66.67))
                    .andExpect(jsonPath("$.budgetAmount").value(2000000.00))
                    .andExpect(jsonPath("$.executedAmount").value(1400000.00))
                    .andExpect(jsonPath("$.averageScore").value(84.25))
                    .andExpect(jsonPath("$.threshold").value(80.00))
                    .andExpect(jsonPath("$.below.count").value(1))
                    .andExpect(jsonPath("$.below.budgetAmount").value(1000000.00))
                    .andExpect(jsonPath("$.below.executedAmount").value(500000.00))
                    .andExpect(jsonPath("$.grades.EXCELLENT").value(1))
                    .andExpect(jsonPath("$.grades.GOOD").value(0))
                    .andExpect(jsonPath("$.grades.FAIR").value(1))
                    .andExpect(jsonPath("$.grades.POOR").value(0));
        }
        // the province's totals hold the county's, and finance of the county asking for the province sees its own
        mvc.perform(summary(2081, "650000").with(access.as("t-finance-province")))
                .andExpect(jsonPath("$.evaluations").value(2)).andExpect(jsonPath("$.targets").value(3));
        mvc.perform(summary(2081, "650000").with(access.as(Role.FINANCE)))
                .andExpect(jsonPath("$.evaluations").value(2)).andExpect(jsonPath("$.averageScore").value(84.25));
        // below is strictly under the threshold: 92.50 is not under 92.50
        mvc.perform(summary(2081, "650121").param("threshold", "92.50").with(access.as(Role.FINANCE)))
                .andExpect(jsonPath("$.below.count").value(1));
        mvc.perform(summary(2081, "650121").param("threshold", "92.51").with(access.as(Role.FINANCE)))
                .andExpect(jsonPath("$.below.count").value(2)).andExpect(jsonPath("$.below.budgetAmount").value(2000000.00));
        // a department sees its units only: A (C is a draft, still a target in force)
        mvc.perform(summary(2081, "650121").with(access.as(Role.DEPARTMENT)))
                .andExpect(jsonPath("$.evaluations").value(1))
                .andExpect(jsonPath("$.targets").value(2))
                .andExpect(jsonPath("$.coverage").value(50.00))
                .andExpect(jsonPath("$.averageScore").value(92.50))
                .andExpect(jsonPath("$.below.count").value(0));

        // finance's score is the effective one: the totals follow it
        mvc.perform(score(a, "finalise", "{\"score\": 70}").with(access.as(Role.FINANCE))).andExpect(status().isOk());
        mvc.perform(summary(2081, "650121").with(access.as(Role.FINANCE)))
                .andExpect(jsonPath("$.averageScore").value(73.00))
                .andExpect(jsonPath("$.below.count").value(2))
                .andExpect(jsonPath("$.grades.EXCELLENT").value(0))
                .andExpect(jsonPath("$.grades.FAIR").value(2));
        mvc.perform(summary(2081, "650121").with(access.as(Role.UNIT)))
                .andExpect(jsonPath("$.evaluations").value(1)).andExpect(jsonPath("$.averageScore").value(70.00));

        mvc.perform(summary(2082, "650121").with(access.as(Role.FINANCE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.evaluations").value(0))
                .andExpect(jsonPath("$.coverage").doesNotExist())
                .andExpect(jsonPath("$.averageScore").doesNotExist())
                .andExpect(jsonPath("$.budgetAmount").value(0));
        mvc.perform(summary(2081, "650121").param("threshold", "100.001").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("threshold"));
        mvc.perform(summary(2081, "65012X").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("regionCode"));
    }

    @Test
    void financePublishesAndAnyoneReadsTheEffectiveResultsWithoutOpinionsOrAccounts() throws Exception {
        String a = threeTargets(2083);
        mvc.perform(get("/api/v1/public/evaluations").param("fiscalYear", "2083").param("regionCode", "650121"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(publish(2083, "650121").with(access.as(Role.FINANCE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.published").value(2))
                .andExpect(jsonPath("$.publishedBy").value("t-finance"));
        mvc.perform(score(a, "finalise", "{\"score\": 70, \"opinion\": \"内部意见\"}").with(access.as(Role.FINANCE)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/public/evaluations").param("fiscalYear", "2083").param("regionCode", "650121"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(2))
                .andExpect(jsonPath("$.content[?(@.unitCode == 'TU-SCHOOL')].score").value(70.00))
                .andExpect(jsonPath("$.content[?(@.unitCode == 'TU-SCHOOL')].grade").value("FAIR"))
                .andExpect(jsonPath("$.content[?(@.unitCode == 'TU-DIRECT')].score").value(76.00))
                .andExpect(jsonPath("$.content[?(@.unitCode == 'TU-DIRECT')].unitName").isNotEmpty())
                .andExpect(jsonPath("$.content[0].budgetAmount").value(1000000.00))
                .andExpect(jsonPath("$.content[0].financeReview").doesNotExist())
                .andExpect(jsonPath("$.content[0].filedBy").doesNotExist())
                .andExpect(jsonPath("$.content[0].breakdown").doesNotExist());
        mvc.perform(get("/api/v1/public/evaluations").param("fiscalYear", "2083").param("size", "1"))
                .andExpect(jsonPath("$.page.totalElements").value(2))
                .andExpect(jsonPath("$.page.next").isNotEmpty());
        mvc.perform(publish(2083, "650121").with(access.as(Role.FINANCE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.published").value(0));
        mvc.perform(get("/api/v1/public/evaluations").param("fiscalYear", "2083").param("regionCode", "659999"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(get("/api/v1/public/evaluations").param("fiscalYear", "2083").param("regionCode", "65"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/public/evaluations").param("fiscalYear", "2083").param("size", "501"))
                .andExpect(status().isBadRequest());
    }

    @TestFactory
    Stream<DynamicTest> financePublishesItsRegionAndTheRegionReadsItsSummary() {
        return access.table()
                .endpoint("GET /evaluations/summary", () -> summary(2084, "650121"))
                .anonymous().onlyRoles(Role.UNIT, Role.DEPARTMENT, Role.FINANCE, Role.AUDITOR)
                .refuses("t-finance-outside", "t-unit-outside")
                .endpoint("POST /evaluations/publish", () -> publish(2084, "650121"))
                .anonymous().onlyRoles(Role.FINANCE).refuses("t-finance-outside")
                .cases();
    }
}
