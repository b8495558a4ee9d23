package org.jixiao.targeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jixiao.PlatformTest;
import org.jixiao.sharedkernel.access.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * The summaries behind list totals and statistics, kept by triggers in the transaction of every change, agree with
 * a rebuild from the rows; and every list, total and statistic answers what the scans over all targets answered
 * before the summaries (the former SQL is kept here as the oracle), over every target the test JVM has written.
 */
class TargetSummariesTests extends PlatformTest {

    static final int YEAR = 2048;
    static boolean loaded;

    @Autowired
    JdbcTemplate jdbc;

    /** Targets in every state, through the API: drafts, submitted, returned, approved, published, adjusted. */
    @BeforeEach
    void load() throws Exception {
        if (loaded) {
            return;
        }
        for (int i = 0; i < 12; i++) {
            String id = create("TS-" + i, i % 3 == 0 ? "SPECIAL_TRANSFER" : "ANNUAL_BUDGET", (1000 + i) + ".05");
            if (i % 6 == 0) {
                continue; // a draft
            }
            mvc.perform(post("/api/v1/targets/{id}/submit", id).with(access.as(Role.UNIT))).andExpect(status().isOk());
            if (i % 6 == 1) {
                continue; // submitted
            }
            if (i % 6 == 2) {
                review(id, Role.DEPARTMENT, "RETURN");
                continue;
            }
            approve(id);
            if (i % 6 >= 4) {
                mvc.perform(post("/api/v1/targets/{id}/publish", id).with(access.as(Role.FINANCE)))
                        .andExpect(status().isOk());
            }
            if (i % 6 == 5) { // adjusted to another fund and amount, and approved again
                mvc.perform(post("/api/v1/targets/{id}/adjustments", id).with(access.as(Role.UNIT))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"年中调整资金来源\"}"))
                        .andExpect(status().isOk());
                mvc.perform(put("/api/v1/targets/{id}", id).with(access.as(Role.UNIT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(content("TS-" + i, "DIRECT_FUND", "777.77")))
                        .andExpect(status().isOk());
                mvc.perform(post("/api/v1/targets/{id}/submit", id).with(access.as(Role.UNIT)))
                        .andExpect(status().isOk());
                approve(id);
            }
        }
        loaded = true;
    }

    private String create(String project, String fund, String amount) throws Exception {
        String body = TargetWebTests.body("PROJECT", "TU-SCHOOL", project, amount, TargetWebTests.INDICATORS)
                .replace("\"fiscalYear\": 2020", "\"fiscalYear\": " + YEAR)
                .replace("\"fundSource\": \"ANNUAL_BUDGET\"", "\"fundSource\": \"" + fund + "\"");
        return JsonPath.read(mvc.perform(post("/api/v1/targets").with(access.as(Role.UNIT))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private static String content(String project, String fund, String amount) {
        return TargetWebTests.body("PROJECT", "TU-SCHOOL", project, amount, TargetWebTests.INDICATORS)
                .replace("\"fundSource\": \"ANNUAL_BUDGET\"", "\"fundSource\": \"" + fund + "\"");
    }

    private void approve(String id) throws Exception {
        review(id, Role.DEPARTMENT, "APPROVE");
        review(id, Role.FINANCE, "APPROVE");
    }

    private void review(String id, Role role, String decision) throws Exception {
        mvc.perform(TargetWebTests.review(id, decision, "GOOD").with(access.as(role))).andExpect(status().isOk());
    }

    @Test
    void theSummariesKeptByEveryChangeAreTheSummariesRebuiltFromTheRows() {
        assertThat(jdbc.queryForObject("SELECT sum(targets) FROM targeting.target_in_force "
                + "WHERE fiscal_year = ? AND kind = '*' AND fund_source = 'DIRECT_FUND'", Long.class, YEAR))
                .as("the adjusted targets count under the fund of their revision in force").isEqualTo(2);
        String counts = "SELECT status, kind, fund_source, unit_path, fiscal_year, targets, published "
                + "FROM targeting.target_count WHERE targets <> 0 OR published <> 0 ORDER BY 1, 2, 3, 4, 5";
        String inForce = "SELECT kind, fund_source, fiscal_year, unit_path, targets, budget, indicators, quantitative "
                + "FROM targeting.target_in_force WHERE targets <> 0 ORDER BY 1, 2, 3, 4";
        List<Map<String, Object>> keptCounts = jdbc.queryForList(counts);
        List<Map<String, Object>> keptInForce = jdbc.queryForList(inForce);
        assertThat(keptCounts).isNotEmpty();
        assertThat(keptInForce).isNotEmpty();
        jdbc.execute("SELECT targeting.rebuild_summaries()");
        assertThat(jdbc.queryForList(counts)).isEqualTo(keptCounts);
        assertThat(jdbc.queryForList(inForce)).isEqualTo(keptInForce);
    }

    /** The statistics query before the summaries: a join of every target with its revision in force. */
    private static final String FORMER_STATISTICS = """
            SELECT count(DISTINCT t.unit_code) AS units, count(*) AS targets,
                   coalesce(sum(r.budget_amount), 0) AS budget, coalesce(sum(r.indicator_count), 0) AS indicators,
                   coalesce(sum(r.quantitative_count), 0) AS quantitative
            FROM targeting.target t
            JOIN targeting.target_revision r ON r.target_id = t.id AND r.revision = t.in_force_revision
            WHERE t.in_force_revision IS NOT NULL AND t.unit_path LIKE ? AND t.fiscal_year = ?
              AND (CAST(? AS TEXT) IS NULL OR r.fund_source = ?)
              AND (CAST(? AS TEXT) IS NULL OR t.kind = ?)""";

    @Test
    void statisticsAnswerWhatTheScanOfAllTargetsAnswered() throws Exception {
        List<Integer> years = jdbc.queryForList("SELECT DISTINCT fiscal_year FROM targeting.target", Integer.class);
        for (int year : years) {
            for (String fund : Arrays.asList(null, "ANNUAL_BUDGET", "SPECIAL_TRANSFER", "DIRECT_FUND")) {
                for (String kind : Arrays.asList(null, "PROJECT", "DEPARTMENT_OVERALL")) {
                    Map<String, Object> former = jdbc.queryForMap(FORMER_STATISTICS, "/%", year, fund, fund, kind, kind);
                    String url = "/api/v1/targets/statistics?fiscalYear=" + year + (fund == null ? "" : "&fundSource=" + fund)
                            + (kind == null ? "" : "&kind=" + kind);
                    String json = mvc.perform(get(url).with(access.admin())).andExpect(status().isOk())
                            .andReturn().getResponse().getContentAsString();
                    assertThat(((Number) JsonPath.read(json, "$.units")).longValue()).as(url).isEqualTo(former.get("units"));
                    assertThat(((Number) JsonPath.read(json, "$.targets")).longValue()).as(url).isEqualTo(former.get("targets"));
                    assertThat(((Number) JsonPath.read(json, "$.indicators")).longValue()).as(url)
                            .isEqualTo(((Number) former.get("indicators")).longValue());
                    assertThat(new BigDecimal(JsonPath.read(json, "$.budgetAmount").toString())).as(url)
                            .isEqualByComparingTo((BigDecimal) former.get("budget"));
                }
            }
        }
    }

    /** The list query before: filters as {@code CAST(:x) IS NULL OR ...}, the order sorted, deep pages skipped. */
    private static final String FORMER_LIST = """
            SELECT t.id FROM targeting.target t
            JOIN targeting.target_revision r ON r.target_id = t.id AND r.revision = t.revision
            WHERE t.unit_path LIKE ?
              AND (CAST(? AS INT) IS NULL OR t.fiscal_year = ?)
              AND (CAST(? AS TEXT) IS NULL OR t.status = ?)
              AND (CAST(? AS TEXT) IS NULL OR r.fund_source = ?)
            ORDER BY t.fiscal_year DESC, t.unit_path, t.project_code NULLS FIRST""";

    private static final String FORMER_PUBLIC = """
            SELECT t.id FROM targeting.target t
            JOIN targeting.target_revision r ON r.target_id = t.id AND r.revision = t.published_revision
            WHERE t.published_revision IS NOT NULL AND t.unit_path LIKE ? AND (CAST(? AS INT) IS NULL OR t.fiscal_year = ?)
            ORDER BY t.fiscal_year DESC, t.unit_path, t.project_code NULLS FIRST""";

    @Test
    void listsAndTotalsAnswerWhatTheFormerQueriesAnsweredByPageNumberAndByCursor() throws Exception {
        for (Integer year : Arrays.asList(null, YEAR, TargetStatisticsTests.YEAR)) {
            for (String status : Arrays.asList(null, "DRAFT", "APPROVED", "PUBLISHED")) {
                for (String fund : Arrays.asList(null, "SPECIAL_TRANSFER")) {
                    List<String> former = jdbc.queryForList(FORMER_LIST, String.class, "/%", year, year, status, status,
                            fund, fund);
                    String filters = (year == null ? "" : "&fiscalYear=" + year) + (status == null ? "" : "&status=" + status)
                            + (fund == null ? "" : "&fundSource=" + fund);
                    assertThat(walk("/api/v1/targets?size=97" + filters, former.size())).as(filters).isEqualTo(former);
                    assertThat(numbered("/api/v1/targets?size=97" + filters)).as(filters).isEqualTo(former);
                }
            }
            List<String> former = jdbc.queryForList(FORMER_PUBLIC, String.class, "/%", year, year);
            String filters = year == null ? "" : "&fiscalYear=" + year;
            assertThat(walk("/api/v1/public/targets?size=7" + filters, former.size())).isEqualTo(former);
            assertThat(numbered("/api/v1/public/targets?size=7" + filters)).isEqualTo(former);
        }
    }

    /** Every id of a list, page after page by {@code page.next}; each page states the total. */
    private List<String> walk(String url, long total) throws Exception {
        List<String> ids = new ArrayList<>();
        @Nullable String next = null;
        do {
            String json = mvc.perform(get(url + (next == null ? "" : "&after=" + next)).with(access.admin()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(((Number) JsonPath.read(json, "$.page.totalElements")).longValue()).as(url).isEqualTo(total);
            ids.addAll(JsonPath.read(json, "$.content[*].id"));
            next = JsonPath.read(json, "$.page.next");
        } while (next != null);
        return ids;
    }

    /** Every id of a list, by page number. */
    private List<String> numbered(String url) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            String json = mvc.perform(get(url + "&page=" + page).with(access.admin())).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            List<String> content = JsonPath.read(json, "$.content[*].id");
            ids.addAll(content);
            if (page + 1 >= ((Number) JsonPath.read(json, "$.page.totalPages")).intValue()) {
                return ids;
            }
        }
    }

    @Test
    void pageNumbersStopAtTheFirstTenThousandRowsAndACursorOfAnotherShapeIsRefused() throws Exception {
        MockHttpServletRequestBuilder deep = get("/api/v1/targets?page=201&size=50").with(access.admin());
        mvc.perform(deep).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/v1/targets?page=200&size=50").with(access.admin())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/targets?after=bm90LW91cnM").with(access.admin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("after"));
        mvc.perform(get("/api/v1/public/targets?after=!!")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("after"));
        // a cursor made up to start before the caller's subtree shows nothing of the rows before it
        String outside = org.jixiao.sharedkernel.Cursor.of(String.valueOf(YEAR), "/", "").text();
        mvc.perform(get("/api/v1/targets?fiscalYear={y}&after={c}", YEAR, outside).with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("after"));
    }
}
