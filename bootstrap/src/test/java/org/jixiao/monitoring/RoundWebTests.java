package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
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

import com.jayway.jsonpath.JsonPath;

/** Monitoring rounds through the API; each test uses a fiscal year of its own. */
class RoundWebTests extends PlatformTest {

    @Autowired
    JdbcClient jdbc;

    static MockHttpServletRequestBuilder open(int year, String region, Object month, String scope) {
        return post("/api/v1/monitoring/rounds").contentType(MediaType.APPLICATION_JSON).content("""
                {"fiscalYear": %d, "regionCode": "%s", "cutoffMonth": %s, "scope": "%s", "dueDate": "%d-10-20"}"""
                .formatted(year, region, month, scope, year));
    }

    /** A project approved in the county, once monitoring's copy holds it. */
    void approvedProject(int year, String project) throws Exception {
        UUID id = UUID.fromString(TargetWebTests.approvedTarget(mvc, access, year, project));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT count(*) FROM monitoring.target_in_force WHERE target_id = ?").param(id)
                .query(Integer.class).single() == 1);
    }

    @Test
    void financeOpensARoundWhoseSnapshotHoldsTheTargetsInForce() throws Exception {
        approvedProject(2051, "MR-P1");
        approvedProject(2051, "MR-P2");
        String json = mvc.perform(open(2051, "650121", 9, "PROJECT").with(access.as(Role.FINANCE)))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.fiscalYear").value(2051))
                .andExpect(jsonPath("$.regionCode").value("650121"))
                .andExpect(jsonPath("$.cutoffMonth").value(9))
                .andExpect(jsonPath("$.scope").value("PROJECT"))
                .andExpect(jsonPath("$.dueDate").value("2051-10-20"))
                .andExpect(jsonPath("$.timeProgress").value(75.00))
                .andExpect(jsonPath("$.reports").value(2))
                .andExpect(jsonPath("$.openedBy").value("t-finance"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(json, "$.id");
        assertThat(jdbc.sql("SELECT count(*) FROM monitoring.report_indicator WHERE round_id = ?")
                .param(UUID.fromString(id)).query(Integer.class).single()).isEqualTo(8);

        mvc.perform(get("/api/v1/monitoring/rounds/{id}", id).with(access.as(Role.UNIT)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reports").value(2));
        mvc.perform(get("/api/v1/monitoring/rounds/{id}", id).with(access.as("t-finance-province")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/monitoring/rounds?fiscalYear=2051").with(access.as(Role.DEPARTMENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].id").value(id))
                .andExpect(jsonPath("$.page.totalElements").value(1));
        mvc.perform(get("/api/v1/monitoring/rounds?fiscalYear=2051&scope=DEPARTMENT_OVERALL").with(access.as(Role.AUDITOR)))
                .andExpect(jsonPath("$.content.length()").value(0));
        mvc.perform(get("/api/v1/monitoring/rounds?fiscalYear=2051").with(access.as("t-unit-outside")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content.length()").value(0));
    }

    @Test
    void theSameYearRegionMonthAndScopeTwiceIsAConflictAndOtherMonthsAreNot() throws Exception {
        mvc.perform(open(2052, "650121", 5, "PROJECT").with(access.as(Role.FINANCE))).andExpect(status().isCreated());
        mvc.perform(open(2052, "650121", 5, "PROJECT").with(access.as("t-finance-province")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:jixiao:problem:conflict"));
        mvc.perform(open(2052, "650121", 6, "DEPARTMENT_OVERALL").with(access.as(Role.FINANCE)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.reports").value(0));
        mvc.perform(open(2052, "650121", 9, "PROJECT").with(access.as(Role.FINANCE))).andExpect(status().isCreated());
    }

    @Test
    void aBadRoundIsRefusedNamingTheField() throws Exception {
        mvc.perform(open(2053, "650121", 13, "PROJECT").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("cutoffMonth"));
        mvc.perform(open(2053, "650121", 0, "PROJECT").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("cutoffMonth"));
        mvc.perform(open(2053, "650121", 5, "MONTHLY").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("scope"));
        mvc.perform(open(2053, "TD-EDU", 5, "PROJECT").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("regionCode"));
        mvc.perform(open(1999, "650121", 5, "PROJECT").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("fiscalYear"));
        mvc.perform(post("/api/v1/monitoring/rounds").with(access.as(Role.FINANCE))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"fiscalYear\": 2053, \"regionCode\": \"650121\","
                                + " \"cutoffMonth\": 5, \"scope\": \"PROJECT\", \"dueDate\": \"2053-02-30\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("dueDate"));
        mvc.perform(get("/api/v1/monitoring/rounds/{id}", UUID.randomUUID()).with(access.as(Role.FINANCE)))
                .andExpect(status().isNotFound());
    }

    @TestFactory
    Stream<DynamicTest> accessRules() throws Exception {
        String id = JsonPath.read(mvc.perform(open(2054, "650121", 5, "PROJECT").with(access.as(Role.FINANCE)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        Supplier<MockHttpServletRequestBuilder> another = () -> open(2054, "650121", 7, "PROJECT");
        return access.table()
                .endpoint("POST /monitoring/rounds", another)
                .anonymous().onlyRoles(Role.FINANCE).refuses("t-finance-outside")
                .endpoint("GET /monitoring/rounds/{id}", () -> get("/api/v1/monitoring/rounds/" + id))
                .anonymous().onlyRoles(Role.FINANCE, Role.DEPARTMENT, Role.UNIT, Role.AUDITOR)
                .refuses("t-finance-outside", "t-unit-outside")
                .endpoint("GET /monitoring/rounds", () -> get("/api/v1/monitoring/rounds?regionCode=650121"))
                .anonymous().onlyRoles(Role.FINANCE, Role.DEPARTMENT, Role.UNIT, Role.AUDITOR)
                .refuses("t-finance-outside")
                .cases();
    }
}
