package org.jixiao.targeting;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jixiao.PlatformTest;
import org.jixiao.sharedkernel.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Statistics over a data set shaped like Urumqi county 2020 (3,308 level-3 indicators, 72.79% quantified) with
 * noise around it that must not count: drafts, another year, a unit outside the region. Expected figures are
 * computed here, independently of the SQL under test.
 */
class TargetStatisticsTests extends PlatformTest {

    static final int YEAR = 2041;
    static boolean loaded;
    static BigDecimal expectedBudget = BigDecimal.ZERO;
    static BigDecimal expectedSpecialTransferBudget = BigDecimal.ZERO;
    static int expectedSpecialTransferTargets;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void load() {
        if (loaded) {
            return;
        }
        List<Object[]> targets = new ArrayList<>();
        List<Object[]> revisions = new ArrayList<>();
        // 827 targets in force in 650121, 4 indicators each: 3,308 indicators; 754 × 3 + 73 × 2 = 2,408 quantitative.
        for (int i = 0; i < 827; i++) {
            boolean school = i % 3 != 0;
            String status = i % 5 == 0 ? "PUBLISHED" : "APPROVED";
            String fund = i % 4 == 0 ? "SPECIAL_TRANSFER" : "ANNUAL_BUDGET";
            BigDecimal budget = new BigDecimal("10000.00").add(BigDecimal.valueOf(i, 2));
            add(targets, revisions, school ? "TU-SCHOOL" : "TU-DIRECT",
                    school ? "/650000/650100/650121/TD-EDU/TU-SCHOOL/" : "/650000/650100/650121/TU-DIRECT/",
                    YEAR, "ST-" + i, status, 0, fund, budget, 4, i < 754 ? 3 : 2);
            expectedBudget = expectedBudget.add(budget);
            if ("SPECIAL_TRANSFER".equals(fund)) {
                expectedSpecialTransferBudget = expectedSpecialTransferBudget.add(budget);
                expectedSpecialTransferTargets++;
            }
        }
        for (int i = 0; i < 200; i++) {
            add(targets, revisions, "TU-SCHOOL", "/650000/650100/650121/TD-EDU/TU-SCHOOL/", YEAR, "ST-DRAFT-" + i,
                    i % 2 == 0 ? "DRAFT" : "SUBMITTED", null, "ANNUAL_BUDGET", new BigDecimal("99.00"), 5, 5);
        }
        for (int i = 0; i < 100; i++) {
            add(targets, revisions, "TU-OUT", "/640000/TD-OUT/TU-OUT/", YEAR, "ST-OUT-" + i, "APPROVED", 0,
                    "ANNUAL_BUDGET", new BigDecimal("77.00"), 3, 3);
            add(targets, revisions, "TU-SCHOOL", "/650000/650100/650121/TD-EDU/TU-SCHOOL/", YEAR + 1, "ST-NEXT-" + i,
                    "APPROVED", 0, "ANNUAL_BUDGET", new BigDecimal("55.00"), 3, 3);
        }
        jdbc.batchUpdate("""
                INSERT INTO targeting.target (id, fiscal_year, kind, unit_code, unit_path, region_code, department_code,
                    department_reviews, project_code, status, barred, revision, in_force_revision, created_at, version,
                    fund_source)
                VALUES (?, ?, 'PROJECT', ?, ?, ?, NULL, FALSE, ?, ?, FALSE, 0, ?, ?, 1, ?)""", targets);
        jdbc.batchUpdate("""
                INSERT INTO targeting.target_revision (target_id, revision, project_name, budget_category, fund_source,
                    budget_amount, overall_goal, annual_goal, requires_assessment, indicator_count, quantitative_count)
                VALUES (?, 0, '统计测试', 'GENERAL_PUBLIC', ?, ?, 'g', 'g', FALSE, ?, ?)""", revisions);
        // a bulk load writes targets before their revisions: the summaries are rebuilt from the rows after it
        jdbc.execute("SELECT targeting.rebuild_summaries()");
        loaded = true;
    }

    private static void add(List<Object[]> targets, List<Object[]> revisions, String unit, String path, int year,
            String project, String status, Integer inForce, String fund, BigDecimal budget, int indicators,
            int quantitative) {
        UUID id = UUID.randomUUID();
        targets.add(new Object[] {id, year, unit, path, path.startsWith("/640000/") ? "640000" : "650121", project,
                status, inForce, Timestamp.from(Instant.now()), fund});
        revisions.add(new Object[] {id, fund, budget, indicators, quantitative});
    }

    @Test
    void theCountysTargetsInForce() throws Exception {
        mvc.perform(get("/api/v1/targets/statistics?fiscalYear={y}&regionCode=650121", YEAR).with(access.as(Role.FINANCE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.units").value(2))
                .andExpect(jsonPath("$.targets").value(827))
                .andExpect(jsonPath("$.indicators").value(3308))
                .andExpect(jsonPath("$.quantitativeIndicators").value(2408))
                .andExpect(jsonPath("$.quantificationRate").value(72.79))
                .andExpect(jsonPath("$.budgetAmount").value(expectedBudget.doubleValue()));
        mvc.perform(get("/api/v1/targets/statistics?fiscalYear={y}", YEAR).with(access.as("t-finance-province")))
                .andExpect(jsonPath("$.targets").value(827));
        mvc.perform(get("/api/v1/targets/statistics?fiscalYear={y}&regionCode=650000", YEAR).with(access.as(Role.AUDITOR)))
                .andExpect(jsonPath("$.targets").value(827));
        mvc.perform(get("/api/v1/targets/statistics?fiscalYear={y}", YEAR).with(access.admin()))
                .andExpect(jsonPath("$.targets").value(927))
                .andExpect(jsonPath("$.units").value(3));
    }

    @Test
    void filtersAndSubtrees() throws Exception {
        mvc.perform(get("/api/v1/targets/statistics?fiscalYear={y}&regionCode=650121&fundSource=SPECIAL_TRANSFER", YEAR)
                        .with(access.as(Role.FINANCE)))
                .andExpect(jsonPath("$.targets").value(expectedSpecialTransferTargets))
                .andExpect(jsonPath("$.budgetAmount").value(expectedSpecialTransferBudget.doubleValue()));
        mvc.perform(get("/api/v1/targets/statistics?fiscalYear={y}&kind=POLICY", YEAR).with(access.as(Role.FINANCE)))
                .andExpect(jsonPath("$.targets").value(0))
                .andExpect(jsonPath("$.quantificationRate").value(0));
        mvc.perform(get("/api/v1/targets/statistics?fiscalYear={y}", YEAR).with(access.as(Role.DEPARTMENT)))
                .andExpect(jsonPath("$.units").value(1))
                .andExpect(jsonPath("$.targets").value(551));
        mvc.perform(get("/api/v1/targets/statistics?fiscalYear={y}&regionCode=640000", YEAR).with(access.as(Role.FINANCE)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/targets/statistics?fiscalYear={y}", YEAR).with(access.as("t-finance-outside")))
                .andExpect(jsonPath("$.targets").value(100));
        mvc.perform(get("/api/v1/targets?fiscalYear={y}&status=DRAFT&size=1", YEAR).with(access.as(Role.UNIT)))
                .andExpect(jsonPath("$.page.totalElements").value(100))
                .andExpect(jsonPath("$.page.totalPages").value(100));
    }
}
