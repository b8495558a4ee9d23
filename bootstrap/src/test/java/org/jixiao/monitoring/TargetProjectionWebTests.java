package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
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

import com.jayway.jsonpath.JsonPath;

/** Monitoring's copy of the targets in force in the running application: kept from approvals, rebuilt by ADMIN. */
class TargetProjectionWebTests extends PlatformTest {

    @Autowired
    JdbcClient jdbc;

    String approvedTarget(int year, String project) throws Exception {
        return TargetWebTests.approvedTarget(mvc, access, year, project);
    }

    List<String> copied(String id) {
        return jdbc.sql("""
                        SELECT t.revision || ' ' || t.unit_code || ' ' || t.fiscal_year || ' ' || i.position || ' '
                               || i.name || ' ' || i.operator || ' ' || i.target_value
                        FROM monitoring.target_in_force t JOIN monitoring.target_indicator i USING (target_id)
                        WHERE t.target_id = ? ORDER BY i.position""")
                .param(UUID.fromString(id)).query(String.class).list();
    }

    @Test
    void anApprovalReachesMonitoringsCopyWithinSecondsAndARebuildChangesNothingMore() throws Exception {
        String id = approvedTarget(2047, "MP-P1");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(copied(id)).containsExactly(
                "0 TU-DIRECT 2047 0 改造校舍面积 GE 1200", "0 TU-DIRECT 2047 1 验收合格率 GE 95",
                "0 TU-DIRECT 2047 2 受益学生人数 GE 800", "0 TU-DIRECT 2047 3 长效管护机制 QUALITATIVE 建立健全"));

        mvc.perform(post("/api/v1/monitoring/projection/rebuild").with(access.admin()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.rebuildStartedAt").isNotEmpty());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                mvc.perform(get("/api/v1/monitoring/projection").with(access.admin()))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.rebuilding").value(false))
                        .andExpect(jsonPath("$.rebuildFinishedAt").isNotEmpty())
                        .andExpect(jsonPath("$.rebuildFailure").doesNotExist()));
        assertThat(copied(id)).hasSize(4);
        long targetsInForce = jdbc.sql("SELECT count(*) FROM targeting.target WHERE in_force_revision IS NOT NULL")
                .query(Long.class).single();
        mvc.perform(get("/api/v1/monitoring/projection").with(access.admin()))
                .andExpect(jsonPath("$.targets").value((int) targetsInForce));
    }

    @Test
    void anAdjustmentReplacesTheRevisionInTheCopy() throws Exception {
        String id = approvedTarget(2048, "MP-P2");
        mvc.perform(post("/api/v1/targets/{id}/adjustments", id).with(access.admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"年中追加资金\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/targets/{id}/submit", id).with(access.admin())).andExpect(status().isOk());
        mvc.perform(TargetWebTests.review(id, "APPROVE", "GOOD").with(access.as(Role.FINANCE)))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(copied(id)).hasSize(4).allMatch(row -> row.startsWith("1 ")));
    }

    @TestFactory
    Stream<DynamicTest> onlyAnAdministratorSeesOrRebuildsTheCopy() {
        return access.table()
                .endpoint("GET /monitoring/projection", () -> get("/api/v1/monitoring/projection"))
                .anonymous().onlyRoles()
                .endpoint("POST /monitoring/projection/rebuild", () -> post("/api/v1/monitoring/projection/rebuild"))
                .anonymous().onlyRoles()
                .cases();
    }
}
