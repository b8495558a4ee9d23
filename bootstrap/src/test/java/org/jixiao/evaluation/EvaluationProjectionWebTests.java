package org.jixiao.evaluation;

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
import org.jixiao.targeting.TargetWebTests;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Evaluation's copy of the targets in force in the running application: kept from approvals, rebuilt by ADMIN. */
class EvaluationProjectionWebTests extends PlatformTest {

    @Autowired
    JdbcClient jdbc;

    List<String> copied(String id) {
        return jdbc.sql("""
                        SELECT t.revision || ' ' || t.unit_code || ' ' || i.position || ' ' || i.operator || ' '
                               || coalesce(i.target_number::text, '-')
                        FROM evaluation.target_in_force t JOIN evaluation.target_indicator i USING (target_id)
                        WHERE t.target_id = ? ORDER BY i.position""")
                .param(UUID.fromString(id)).query(String.class).list();
    }

    @Test
    void anApprovalReachesEvaluationsCopyAndARebuildChangesNothingMore() throws Exception {
        String id = TargetWebTests.approvedTarget(mvc, access, 2049, "EP-P1");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(copied(id)).containsExactly(
                "0 TU-DIRECT 0 GE 1200", "0 TU-DIRECT 1 GE 95", "0 TU-DIRECT 2 GE 800", "0 TU-DIRECT 3 QUALITATIVE -"));

        mvc.perform(post("/api/v1/evaluations/projection/rebuild").with(access.admin()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.rebuildStartedAt").isNotEmpty());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                mvc.perform(get("/api/v1/evaluations/projection").with(access.admin()))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.rebuilding").value(false))
                        .andExpect(jsonPath("$.rebuildFailure").doesNotExist()));
        assertThat(copied(id)).hasSize(4);
    }

    @TestFactory
    Stream<DynamicTest> onlyAnAdministratorSeesOrRebuildsTheCopy() {
        return access.table()
                .endpoint("GET /evaluations/projection", () -> get("/api/v1/evaluations/projection"))
                .anonymous().onlyRoles()
                .endpoint("POST /evaluations/projection/rebuild", () -> post("/api/v1/evaluations/projection/rebuild"))
                .anonymous().onlyRoles()
                .cases();
    }
}
