package org.jixiao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jixiao.RecordedStatements.Statement;
import org.jixiao.sharedkernel.access.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.jayway.jsonpath.JsonPath;

/**
 * Every query of a list, total or statistic of targets, assessments and monitoring rounds is served by an index, in the plan PostgreSQL makes for
 * the values of the request and in the generic plan a prepared statement falls back to after five executions: the
 * statements a request really sends are recorded and explained over a few thousand targets.
 */
class ListPlansTests extends PlatformTest {

    static final int YEAR = 2049;
    static final String ROUND = "5b0c2f4e-8f1a-4c39-9a57-2d8e3c6b2049";
    static boolean loaded;

    @Autowired
    JdbcTemplate jdbc;

    /** 4,000 targets and 2,000 assessments of 80 units, half of them in the test county 650121. */
    @BeforeEach
    void load() {
        if (loaded) {
            return;
        }
        List<Object[]> targets = new ArrayList<>();
        List<Object[]> revisions = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            UUID id = UUID.randomUUID();
            int unit = i % 80;
            String path = unit < 40 ? "/650000/650100/650121/TD-EDU/TP-" + unit + "/" : "/640000/TP-" + unit + "/";
            boolean inForce = i % 10 != 0;
            targets.add(new Object[] {id, YEAR - i % 2, "TP-" + unit, path, unit < 40 ? "650121" : "640000",
                    "PP-" + i, inForce ? (i % 5 == 0 ? "PUBLISHED" : "APPROVED") : "DRAFT", inForce ? 0 : null,
                    i % 5 == 0 ? 0 : null, Timestamp.from(Instant.now()), i % 4 == 0 ? "SPECIAL_TRANSFER" : "ANNUAL_BUDGET"});
            revisions.add(new Object[] {id, i % 4 == 0 ? "SPECIAL_TRANSFER" : "ANNUAL_BUDGET"});
        }
        jdbc.batchUpdate("""
                INSERT INTO targeting.target (id, fiscal_year, kind, unit_code, unit_path, region_code, department_code,
                    department_reviews, project_code, status, barred, revision, in_force_revision, published_revision,
                    created_at, version, fund_source)
                VALUES (?, ?, 'PROJECT', ?, ?, ?, NULL, FALSE, ?, ?, FALSE, 0, ?, ?, ?, 1, ?)""", targets);
        jdbc.batchUpdate("""
                INSERT INTO targeting.target_revision (target_id, revision, project_name, budget_category, fund_source,
                    budget_amount, overall_goal, annual_goal, requires_assessment, indicator_count, quantitative_count)
                VALUES (?, 0, '计划测试', 'GENERAL_PUBLIC', ?, 100.00, 'g', 'g', FALSE, 4, 3)""", revisions);
        List<Object[]> assessments = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int unit = i % 80;
            assessments.add(new Object[] {UUID.randomUUID(), YEAR - i % 2, "TP-" + unit,
                    unit < 40 ? "/650000/650100/650121/TD-EDU/TP-" + unit + "/" : "/640000/TP-" + unit + "/",
                    unit < 40 ? "650121" : "640000", "PA-" + i, i % 3 == 0 ? "OPEN" : "CONCLUDED",
                    Timestamp.from(Instant.now())});
        }
        jdbc.batchUpdate("""
                INSERT INTO assessment.assessment (id, fiscal_year, kind, unit_code, unit_path, region_code, project_code,
                    project_name, requested_amount, required_by_threshold, status, created_at, version)
                VALUES (?, ?, 'PROJECT', ?, ?, ?, ?, '计划测试', 100.00, FALSE, ?, ?, 1)""", assessments);
        jdbc.update("""
                INSERT INTO monitoring.round (id, fiscal_year, region_code, region_path, cutoff_month, scope, due_date,
                    opened_by, opened_at, reports, version)
                VALUES (?, ?, '650121', '/650000/650100/650121/', 9, 'PROJECT', DATE '2049-10-20', 't-finance', now(),
                    4000, 1)""", UUID.fromString(ROUND), YEAR);
        List<Object[]> reports = new ArrayList<>();
        List<Object[]> results = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            int unit = i % 40;
            String[] lights = {"RED", "YELLOW", "GREEN", "BLUE"};
            UUID target = UUID.randomUUID();
            String path = "/650000/650100/650121/TD-EDU/TP-" + unit + "/";
            String fund = i % 4 == 0 ? "SPECIAL_TRANSFER" : "ANNUAL_BUDGET";
            reports.add(new Object[] {UUID.fromString(ROUND), target, "TP-" + unit, path, "PM-" + i, fund});
            results.add(new Object[] {UUID.fromString(ROUND), target, path, "TP-" + unit, "PM-" + i, fund, i % 6 == 0,
                    lights[i % 4], lights[i % 3], i % 6 == 0 ? "{EXECUTION_ABNORMAL}" : "{}"});
        }
        jdbc.batchUpdate("""
                INSERT INTO monitoring.report (round_id, target_id, revision, kind, region_code, unit_code, unit_path,
                    department_code, project_code, project_name, fund_source, approved_budget)
                VALUES (?, ?, 0, 'PROJECT', '650121', ?, ?, 'TD-EDU', ?, '计划测试', ?, 100.00)""", reports);
        jdbc.batchUpdate("""
                INSERT INTO monitoring.report_result (round_id, target_id, unit_path, region_code, unit_code,
                    department_code, project_code, project_name, fund_source, filed, budget_amount, warning,
                    execution_light, target_light, reasons)
                VALUES (?, ?, ?, '650121', ?, 'TD-EDU', ?, '计划测试', ?, FALSE, 100.00, ?, ?, ?,
                    CAST(? AS TEXT[]))""", results);
        jdbc.execute("SELECT targeting.rebuild_summaries()");
        jdbc.execute("ANALYZE targeting.target, targeting.target_revision, targeting.target_count, "
                + "targeting.target_in_force, assessment.assessment, monitoring.report, monitoring.report_result, "
                + "monitoring.report_total, monitoring.report_region_total");
        loaded = true;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1/targets?fiscalYear=2049",
            "/api/v1/targets?fiscalYear=2049&page=3&size=20",
            "/api/v1/targets?fiscalYear=2049&status=DRAFT&fundSource=SPECIAL_TRANSFER&kind=PROJECT",
            "/api/v1/targets?fiscalYear=2049&unitCode=TD-EDU",
            "/api/v1/targets",
            "/api/v1/targets/statistics?fiscalYear=2049",
            "/api/v1/targets/statistics?fiscalYear=2049&fundSource=SPECIAL_TRANSFER&kind=PROJECT",
            "/api/v1/public/targets?fiscalYear=2049&regionCode=650121",
            "/api/v1/public/targets?regionCode=650121",
            "/api/v1/assessments?fiscalYear=2049",
            "/api/v1/assessments?fiscalYear=2049&conclusion=SUPPORT&page=2&size=10",
            "/api/v1/assessments",
            "/api/v1/assessments/statistics?fiscalYear=2049&regionCode=650121",
            "/api/v1/monitoring/rounds/" + ROUND + "/summary",
            "/api/v1/monitoring/rounds/" + ROUND + "/warnings",
            "/api/v1/monitoring/rounds/" + ROUND + "/warnings?light=RED&page=2&size=20",
            "/api/v1/monitoring/rounds/" + ROUND + "/warnings?departmentCode=TD-EDU"})
    void everyQueryOfTheRequestUsesAnIndex(String url) throws Exception {
        List<Statement> statements = new ArrayList<>(reads(url));
        String json = mvc.perform(get(url).with(access.as(Role.FINANCE))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String next = url.contains("/statistics") || url.contains("/summary") ? null : JsonPath.read(json, "$.page.next");
        if (next != null) { // and the page after by its cursor
            String base = url.replaceAll("&?page=[0-9]+", "");
            statements.addAll(reads(base + (base.contains("?") ? "&" : "?") + "after=" + next));
        }
        assertThat(statements).as("statements of the stage").isNotEmpty();
        for (Statement statement : statements) {
            for (String plan : List.of(customPlan(statement), genericPlan(statement))) {
                assertThat(plan).as(statement.sql()).doesNotContain("Seq Scan");
                for (String table : List.of("targeting.target", "targeting.target_count", "targeting.target_in_force",
                        "assessment.assessment", "monitoring.report", "monitoring.report_result",
                        "monitoring.report_total", "monitoring.report_region_total")) {
                    if (statement.sql().contains(table + " ")) {
                        assertThat(plan).as(statement.sql()).containsPattern("(Index (Only )?Scan using|Bitmap Index Scan on) "
                                + table.substring(table.indexOf('.') + 1) + "_");
                    }
                }
            }
        }
    }

    /** Assessments (no summary of their own): page.next walks the list the page numbers give, with or without a year. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/assessments?size=300&fiscalYear=2049", "/api/v1/assessments?size=300"})
    void anAssessmentCursorContinuesWhereThePageNumbersWould(String url) throws Exception {
        List<String> numbered = new ArrayList<>();
        List<String> walked = new ArrayList<>();
        String next = null;
        for (int page = 0; ; page++) {
            String json = mvc.perform(get(url + "&page=" + page).with(access.as(Role.FINANCE))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            numbered.addAll(JsonPath.read(json, "$.content[*].id"));
            if (page + 1 >= ((Number) JsonPath.read(json, "$.page.totalPages")).intValue()) {
                break;
            }
        }
        do {
            String json = mvc.perform(get(url + (next == null ? "" : "&after=" + next)).with(access.as(Role.FINANCE)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            walked.addAll(JsonPath.read(json, "$.content[*].id"));
            next = JsonPath.read(json, "$.page.next");
        } while (next != null);
        assertThat(numbered).hasSizeGreaterThan(300); // more than one page
        assertThat(walked).isEqualTo(numbered);
        assertThat(jdbc.queryForList("SELECT unit_path FROM assessment.assessment WHERE id = ANY(CAST(? AS UUID[]))",
                String.class, (Object) walked.toArray(String[]::new)))
                .as("only the caller's subtree").allMatch(path -> path.startsWith("/650000/650100/650121/"));
    }

    private List<Statement> reads(String url) throws Exception {
        return RecordedStatements.during(() -> mvc.perform(get(url).with(access.as(Role.FINANCE)))
                        .andExpect(status().isOk()))
                .stream().filter(s -> s.sql().contains("targeting.") || s.sql().contains("assessment.")
                        || s.sql().contains("monitoring.")).toList();
    }

    /**
     * The plan for the request's values. Sequential scans are priced out: over a few thousand rows one is cheaper
     * than any index, and the question is whether an index can serve the query at all (no index: a Seq Scan
     * still).
     */
    private String customPlan(Statement statement) {
        return jdbc.execute((java.sql.Connection connection) -> {
            try (java.sql.Statement s = connection.createStatement()) {
                s.execute("SET enable_seqscan = off");
                try (var explain = connection.prepareStatement("EXPLAIN " + statement.sql())) {
                    for (int i = 0; i < statement.parameters().size(); i++) {
                        explain.setObject(i + 1, statement.parameters().get(i));
                    }
                    return lines(explain.executeQuery());
                } finally {
                    s.execute("RESET enable_seqscan");
                }
            }
        });
    }

    private static String lines(java.sql.ResultSet rows) throws java.sql.SQLException {
        List<String> lines = new ArrayList<>();
        while (rows.next()) {
            lines.add(rows.getString(1));
        }
        return String.join("\n", lines);
    }

    /**
     * The generic plan of the statement prepared with unknown values ({@code ?} become {@code $1…}, the values
     * literals), sequential scans priced out as above.
     */
    private String genericPlan(Statement statement) {
        StringBuilder sql = new StringBuilder();
        boolean quoted = false;
        int parameter = 0;
        for (char c : statement.sql().toCharArray()) {
            quoted ^= c == '\'';
            sql.append(c == '?' && !quoted ? "$" + ++parameter : String.valueOf(c));
        }
        String values = statement.parameters().stream().map(ListPlansTests::literal).collect(Collectors.joining(", "));
        return jdbc.execute((java.sql.Connection connection) -> {
            try (java.sql.Statement s = connection.createStatement()) {
                s.execute("SET plan_cache_mode = force_generic_plan");
                s.execute("SET enable_seqscan = off");
                s.execute("PREPARE planned AS " + sql);
                try (var rows = s.executeQuery("EXPLAIN EXECUTE planned" + (values.isEmpty() ? "" : "(" + values + ")"))) {
                    return lines(rows);
                } finally {
                    s.execute("DEALLOCATE planned");
                    s.execute("RESET plan_cache_mode");
                    s.execute("RESET enable_seqscan");
                }
            }
        });
    }

    private static String literal(@Nullable Object value) {
        if (value == null) {
            return "NULL";
        }
        return value instanceof Number ? value.toString() : "'" + value.toString().replace("'", "''") + "'";
    }
}
