package org.jixiao.evaluation;

import static org.awaitility.Awaitility.await;
import static org.jixiao.evaluation.SelfEvaluationWebTests.PARTLY_70;
import static org.jixiao.evaluation.SelfEvaluationWebTests.file;
import static org.jixiao.evaluation.SelfEvaluationWebTests.filing;
import static org.jixiao.evaluation.SelfEvaluationWebTests.indicatorIds;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
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
 * Finance changes a rule and rescores its region: the stored scores and the totals follow (the events a rescore
 * publishes, from its own thread, are the module test's: {@code RescoreTests}).
 */
class RescoreWebTests extends PlatformTest {

    @Autowired
    JdbcClient jdbc;

    static MockHttpServletRequestBuilder rescore(int year, String region) {
        return post("/api/v1/evaluations/rescore").contentType(MediaType.APPLICATION_JSON)
                .content("{\"fiscalYear\": %d, \"regionCode\": \"%s\"}".formatted(year, region));
    }

    @Test
    void aRescoreAppliesTheRulesInForceAndPublishesWhatChanged() throws Exception {
        String submitted = SelfEvaluationWebTests.target(mvc, access, jdbc, 2091, "RW-A");
        String draft = SelfEvaluationWebTests.target(mvc, access, jdbc, 2091, "RW-B");
        mvc.perform(file(submitted, filing(indicatorIds(jdbc, submitted), "900000.00", "1100", PARTLY_70))
                .with(access.as(Role.UNIT))).andExpect(status().isOk()).andExpect(jsonPath("$.grade").value("EXCELLENT"));
        mvc.perform(post(submitted + "/submit").with(access.as(Role.UNIT))).andExpect(status().isOk());
        mvc.perform(file(draft, filing(indicatorIds(jdbc, draft), "900000.00", "1100", PARTLY_70))
                .with(access.as(Role.UNIT))).andExpect(status().isOk());
        // 优 from 95 in the county for 2091: 92.50 is GOOD now
        mvc.perform(put("/api/v1/rules/650121/2091/evaluation.gradeBands").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": {\"EXCELLENT\": 95, \"GOOD\": 80, \"FAIR\": 60}}")
                        .with(access.as(Role.FINANCE)))
                .andExpect(status().is2xxSuccessful());

        String job = mvc.perform(rescore(2091, "650121").with(access.as(Role.FINANCE)))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/evaluations/rescore/")))
                .andExpect(jsonPath("$.evaluations").value(2))
                .andReturn().getResponse().getHeader("Location");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get(job).with(access.as(Role.AUDITOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE")));
        mvc.perform(get(job).with(access.as(Role.FINANCE)))
                .andExpect(jsonPath("$.read").value(2))
                .andExpect(jsonPath("$.rescored").value(2))
                .andExpect(jsonPath("$.changed").value(1))
                .andExpect(jsonPath("$.requestedBy").value("t-finance"))
                .andExpect(jsonPath("$.finishedAt").isNotEmpty());
        mvc.perform(get(submitted).with(access.as(Role.UNIT)))
                .andExpect(jsonPath("$.score").value(92.50))
                .andExpect(jsonPath("$.grade").value("GOOD"))
                .andExpect(jsonPath("$.effectiveGrade").value("GOOD"))
                .andExpect(jsonPath("$.appliedRules[?(@.key == 'evaluation.gradeBands')].source").value("650121"));
        mvc.perform(get(draft).with(access.as(Role.UNIT))).andExpect(jsonPath("$.grade").value("GOOD"));
        mvc.perform(EvaluationResultsWebTests.summary(2091, "650121").with(access.as(Role.FINANCE)))
                .andExpect(jsonPath("$.grades.GOOD").value(1)).andExpect(jsonPath("$.grades.EXCELLENT").value(0));

        // the same rules again: nothing to store, nothing to publish
        String again = JsonPath.read(mvc.perform(rescore(2091, "650121").with(access.as(Role.FINANCE)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(), "$.id");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get("/api/v1/evaluations/rescore/"
                        + again).with(access.as(Role.FINANCE)))
                .andExpect(jsonPath("$.status").value("DONE")).andExpect(jsonPath("$.rescored").value(0)));
        mvc.perform(get("/api/v1/evaluations/rescore/" + UUID.randomUUID()).with(access.as(Role.FINANCE)))
                .andExpect(status().isNotFound());
        mvc.perform(rescore(2091, "65012").with(access.as(Role.FINANCE))).andExpect(status().isBadRequest());
    }

    @TestFactory
    Stream<DynamicTest> financeRescoresItsRegionAndAuditorsFollow() throws Exception {
        String job = mvc.perform(rescore(2092, "650121").with(access.as(Role.FINANCE)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        return access.table()
                .endpoint("POST /evaluations/rescore", () -> rescore(2092, "650121"))
                .anonymous().onlyRoles(Role.FINANCE).refuses("t-finance-outside")
                .endpoint("GET /evaluations/rescore/{id}", () -> get(job))
                .anonymous().onlyRoles(Role.FINANCE, Role.AUDITOR).refuses("t-finance-outside")
                .cases();
    }
}
