package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
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

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.jixiao.PlatformTest;
import org.jixiao.evaluation.domain.SpotCheckSample;
import org.jixiao.evaluation.events.SpotCheckFlagged;
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
 * Finance draws a reproducible sample of its region's submitted self-evaluations and reviews it; a gap of more
 * than 10 points flags an item and is published. Each test uses a fiscal year of its own: TU-SCHOOL's target
 * submitted at 92.50, TU-DIRECT's at 76.00, another of TU-SCHOOL's only drafted (never drawn).
 */
@RecordApplicationEvents
class SpotCheckWebTests extends PlatformTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    /** The two submitted self-evaluations' target ids of the year: TU-SCHOOL's, TU-DIRECT's. */
    List<String> submitted(int year) throws Exception {
        String a = SelfEvaluationWebTests.target(mvc, access, jdbc, year, "SC-A-" + year);
        String b = SelfEvaluationWebTests.copied(jdbc, TargetWebTests.approvedTarget(mvc, access, year, "SC-B-" + year));
        String c = SelfEvaluationWebTests.target(mvc, access, jdbc, year, "SC-C-" + year);
        mvc.perform(file(a, filing(indicatorIds(jdbc, a), "900000.00", "1100", PARTLY_70)).with(access.as(Role.UNIT)))
                .andExpect(status().isOk());
        mvc.perform(post(a + "/submit").with(access.as(Role.UNIT))).andExpect(status().isOk());
        mvc.perform(file(b, filing(indicatorIds(jdbc, b), "500000.00", "600", PARTLY_70)).with(access.admin()))
                .andExpect(status().isOk());
        mvc.perform(post(b + "/submit").with(access.admin())).andExpect(status().isOk());
        mvc.perform(file(c, filing(indicatorIds(jdbc, c), "100000.00", "100", PARTLY_70)).with(access.as(Role.UNIT)))
                .andExpect(status().isOk());
        return List.of(a.replaceAll(".*/", ""), b.replaceAll(".*/", ""));
    }

    static MockHttpServletRequestBuilder draw(String body) {
        return post("/api/v1/evaluations/spot-checks").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static MockHttpServletRequestBuilder review(String check, String target, String body) {
        return put(check + "/items/" + target).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void theSameSeedDrawsTheSameSampleAndAnyoneCanDrawItAgain() throws Exception {
        List<String> ids = submitted(2093);
        String expected = SpotCheckSample.draw(Set.of(UUID.fromString(ids.get(0)), UUID.fromString(ids.get(1))),
                BigDecimal.valueOf(50), 2019).get(0).toString();
        for (int time = 0; time < 2; time++) {
            mvc.perform(draw("{\"fiscalYear\": 2093, \"regionCode\": \"650121\", \"ratio\": 50, \"seed\": 2019}")
                            .with(access.as(Role.FINANCE)))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(
                            "/api/v1/evaluations/spot-checks/")))
                    .andExpect(jsonPath("$.seed").value(2019))
                    .andExpect(jsonPath("$.ratio").value(50))
                    .andExpect(jsonPath("$.population").value(2))
                    .andExpect(jsonPath("$.size").value(1))
                    .andExpect(jsonPath("$.items[0].targetId").value(expected))
                    .andExpect(jsonPath("$.items[0].selfScore").isNumber())
                    .andExpect(jsonPath("$.items[0].reviewScore").doesNotExist());
        }
        mvc.perform(draw("{\"fiscalYear\": 2093, \"regionCode\": \"650121\", \"ratio\": 100}")
                        .with(access.as(Role.FINANCE)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.seed").isNumber());
        // the rule in force when no ratio is given: 10 % of 2, at least one
        mvc.perform(draw("{\"fiscalYear\": 2093, \"regionCode\": \"650121\"}").with(access.as(Role.FINANCE)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ratio").value(10))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.appliedRules[*].key").value(org.hamcrest.Matchers.contains(
                        "evaluation.spotCheckRatio", "evaluation.spotCheckGap")));
        mvc.perform(draw("{\"fiscalYear\": 2094, \"regionCode\": \"650121\"}").with(access.as(Role.FINANCE)))
                .andExpect(status().isConflict());
        mvc.perform(draw("{\"fiscalYear\": 2093, \"regionCode\": \"650121\", \"ratio\": 100.5}")
                        .with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("ratio"));
        mvc.perform(draw("{\"fiscalYear\": 2093, \"regionCode\": \"650121\", \"seed\": -1}")
                        .with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("seed"));
    }

    @Test
    void aReviewMoreThanTenPointsFromTheSelfScoreIsFlaggedAndPublished() throws Exception {
        List<String> ids = submitted(2095);
        String body = mvc.perform(draw("{\"fiscalYear\": 2095, \"regionCode\": \"650121\", \"ratio\": 100, "
                        + "\"seed\": 7}").with(access.as(Role.FINANCE)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String check = "/api/v1/evaluations/spot-checks/" + JsonPath.read(body, "$.id");
        String school = ids.get(0); // self-score 92.50

        events.clear();
        // exactly 10 points is not more than 10
        mvc.perform(review(check, school, "{\"reviewScore\": 82.50, \"opinion\": \"基本属实\"}")
                        .with(access.as(Role.FINANCE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviewed").value(1))
                .andExpect(jsonPath("$.flagged").value(0))
                .andExpect(jsonPath("$.items[?(@.targetId == '" + school + "')].gap").value(-10.00))
                .andExpect(jsonPath("$.items[?(@.targetId == '" + school + "')].flagged").value(false));
        assertThat(events.stream(SpotCheckFlagged.class)).isEmpty();
        mvc.perform(review(check, school, "{\"reviewScore\": 82.49, \"opinion\": \"产出数量与验收资料不符\", "
                        + "\"version\": 2}").with(access.as(Role.FINANCE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.flagged").value(1))
                .andExpect(jsonPath("$.items[?(@.targetId == '" + school + "')].gap").value(-10.01))
                .andExpect(jsonPath("$.items[?(@.targetId == '" + school + "')].reviewedBy").value("t-finance"));
        assertThat(events.stream(SpotCheckFlagged.class).toList()).singleElement().satisfies(e -> {
            assertThat(e.targetId().toString()).isEqualTo(school);
            assertThat(e.header().unitCode()).isEqualTo("TU-SCHOOL");
            assertThat(e.header().fiscalYear()).isEqualTo(2095);
            assertThat(e.selfScore()).isEqualByComparingTo("92.50");
            assertThat(e.reviewScore()).isEqualByComparingTo("82.49");
            assertThat(e.gap()).isEqualByComparingTo("-10.01");
            assertThat(e.gapThreshold()).isEqualByComparingTo("10");
            assertThat(e.opinion()).isEqualTo("产出数量与验收资料不符");
        });
        // the review does not change the effective score: finance finalises for that
        mvc.perform(get("/api/v1/evaluations/self/" + school).with(access.as(Role.FINANCE)))
                .andExpect(jsonPath("$.effectiveScore").value(92.50));

        mvc.perform(review(check, school, "{\"reviewScore\": 80, \"version\": 2}").with(access.as(Role.FINANCE)))
                .andExpect(status().isConflict());
        mvc.perform(review(check, UUID.randomUUID().toString(), "{\"reviewScore\": 80}").with(access.as(Role.FINANCE)))
                .andExpect(status().isNotFound());
        mvc.perform(review(check, school, "{\"reviewScore\": 100.01}").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reviewScore"));
        mvc.perform(get(check).with(access.as(Role.AUDITOR)))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.size").value(2)).andExpect(jsonPath("$.seed").value(7));
        mvc.perform(get("/api/v1/evaluations/spot-checks").param("fiscalYear", "2095").param("regionCode", "650121")
                        .with(access.as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].size").value(2))
                .andExpect(jsonPath("$.content[0].reviewed").value(1))
                .andExpect(jsonPath("$.content[0].flagged").value(1));
        mvc.perform(get("/api/v1/evaluations/spot-checks").param("regionCode", "650121")
                        .with(access.as("t-finance-outside")))
                .andExpect(status().isForbidden());
    }

    @TestFactory
    Stream<DynamicTest> financeDrawsAndReviewsItsRegionAndAuditorsRead() throws Exception {
        List<String> ids = submitted(2096);
        String body = mvc.perform(draw("{\"fiscalYear\": 2096, \"regionCode\": \"650121\", \"ratio\": 100}")
                .with(access.as(Role.FINANCE))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        String check = "/api/v1/evaluations/spot-checks/" + JsonPath.read(body, "$.id");
        return access.table()
                .endpoint("POST /evaluations/spot-checks",
                        () -> draw("{\"fiscalYear\": 2096, \"regionCode\": \"650121\", \"ratio\": 100}"))
                .anonymous().onlyRoles(Role.FINANCE).refuses("t-finance-outside")
                .endpoint("PUT /evaluations/spot-checks/{id}/items/{targetId}",
                        () -> review(check, ids.get(0), "{\"reviewScore\": 90}"))
                .anonymous().onlyRoles(Role.FINANCE).refuses("t-finance-outside")
                .endpoint("GET /evaluations/spot-checks", () -> get("/api/v1/evaluations/spot-checks"))
                .anonymous().onlyRoles(Role.FINANCE, Role.AUDITOR)
                .endpoint("GET /evaluations/spot-checks/{id}", () -> get(check))
                .anonymous().onlyRoles(Role.FINANCE, Role.AUDITOR).refuses("t-finance-outside")
                .cases();
    }
}
