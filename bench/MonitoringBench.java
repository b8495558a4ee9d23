import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The monitoring benchmark (bench/monitoring.sh): a round of 100,000 targets with 7 indicators each, opened, filed
 * and assessed through the service, beside one hand-written SQL statement computing the same per-report results
 * into a scratch table; then the summary and warning-list pages over it. Compiled with {@code ProvinceBench.java},
 * whose HTTP, SQL, timing and JSON helpers it uses.
 */
public class MonitoringBench {

    static final int YEAR = 2031;
    static final int MONTH = 9;
    static final String PROVINCE = "finance-xj";
    static final String COUNTY = "finance-county";
    static final int RUNS = 3;
    static final double ASSESS_GOAL_MS = 5000, RATIO_GOAL = 2, READ_GOAL_MS = 20;

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java -cp postgresql.jar:<classes> MonitoringBench <baseUrl> <jdbcUrl>");
            System.exit(2);
        }
        ProvinceBench.base = args[0].replaceAll("/$", "");
        ProvinceBench.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ProvinceBench.jdbcUrl = args[1];
        ProvinceBench.db = DriverManager.getConnection(args[1]);
        try {
            run();
        } catch (Exception e) {
            System.out.println(ProvinceBench.report);
            System.out.println("RUN FAILED: " + e);
            e.printStackTrace();
            System.exit(1);
        }
        line("load average at the end: " + ProvinceBench.loadAverage());
        System.out.println();
        System.out.println("=".repeat(100));
        System.out.print(ProvinceBench.report);
        System.out.println("=".repeat(100));
    }

    static void run() throws Exception {
        line("Monitoring benchmark: " + System.getenv().getOrDefault("BENCH_LOAD_INFO", "").replace("\\n", "\n"));
        line("targets in force " + YEAR + " under 650000: " + ProvinceBench.scalar(
                "SELECT count(*) FROM monitoring.target_in_force WHERE fiscal_year = " + YEAR + " AND kind <> 'DEPARTMENT_OVERALL'")
                + ", their indicators: " + ProvinceBench.scalar("SELECT count(*) FROM monitoring.target_indicator i "
                + "JOIN monitoring.target_in_force t USING (target_id) WHERE t.fiscal_year = " + YEAR
                + " AND t.kind <> 'DEPARTMENT_OVERALL'"));
        line("");

        // the snapshot, three times: rounds at the end of May, September and November
        List<Round> rounds = List.of(open(5), open(MONTH), open(11));
        String round = rounds.get(1).id();
        line("");

        for (Round r : rounds) {
            progress("filing 95 % of the reports of round " + r.id() + " (set-based SQL)");
            long t0 = System.nanoTime();
            int filed = file(r.id());
            line("filed " + filed + " reports of the round of month " + r.month() + " by SQL in " + ProvinceBench.ms(System.nanoTime() - t0)
                    + " (the bench's own load, not a measurement)");
        }

        // each round's first assessment (every report gets its results), beside the baseline over the same round
        ProvinceBench.Samples assess = new ProvinceBench.Samples();
        ProvinceBench.Samples baseline = new ProvinceBench.Samples();
        for (Round r : rounds) {
            progress("assess " + r.id());
            ProvinceBench.Response a = assess(r.id());
            assess.add(a.nanos());
            progress("baseline statement over " + r.id());
            long bare = baseline(r);
            baseline.add(bare);
            line(String.format("month %2d: assessment through the endpoint %s, baseline statement %s; %s", r.month(),
                    ProvinceBench.ms(a.nanos()), ProvinceBench.ms(bare), compare(r.id())));
        }
        double ratio = assess.median() / baseline.median();
        line(String.format("assessment median %s (goal ≤ %.0f ms: %s), baseline median %s, ratio %.2f (goal ≤ %.0f: %s)",
                ProvinceBench.ms(assess.median()), ASSESS_GOAL_MS, verdict(assess.median() / 1e6 <= ASSESS_GOAL_MS),
                ProvinceBench.ms(baseline.median()), ratio, RATIO_GOAL, verdict(ratio <= RATIO_GOAL)));
        ProvinceBench.Response rerun = assess(round);
        line("assessing round " + round + " again, nothing changed since: " + ProvinceBench.ms(rerun.nanos()));
        line("");

        reads(round);
    }

    // ------------------------------------------------------------------------------------------------ snapshot

    record Round(String id, int month) {
    }

    static Round open(int month) throws Exception {
        progress("opening the round of month " + month);
        String body = String.format("{\"fiscalYear\":%d,\"regionCode\":\"650000\",\"cutoffMonth\":%d,\"scope\":\"PROJECT\","
                + "\"dueDate\":\"%d-%02d-10\"}", YEAR, month, YEAR, month + 1);
        ProvinceBench.Response r = ProvinceBench.send("POST", "/api/v1/monitoring/rounds", PROVINCE, body, null);
        require(r, 201, "open round");
        Map<String, Object> round = ProvinceBench.json(r.body());
        line(String.format("open the round of month %d (snapshot of %s reports): %s", month, round.get("reports"),
                ProvinceBench.ms(r.nanos())));
        return new Round((String) round.get("id"), month);
    }

    static ProvinceBench.Response assess(String round) throws Exception {
        ProvinceBench.Response r = ProvinceBench.send("POST", "/api/v1/monitoring/rounds/" + round + "/assess",
                PROVINCE, null, null);
        require(r, 200, "assess");
        return r;
    }

    // ------------------------------------------------------------------------------------------------ filing

    /**
     * What 95 % of the units would file: the approved budget (a tenth of them adjusted), executed amounts from none
     * to a little over the budget (then with a note), per indicator a completion from none to beyond the blue band
     * (positive), 60–120 % of the target (reverse), mostly 0 (equal-to-zero), an achievement (qualitative).
     */
    static int file(String round) throws SQLException {
        try (Connection c = DriverManager.getConnection(ProvinceBench.jdbcUrl)) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("SET LOCAL synchronous_commit = off");
                // the round's rows are new since the last ANALYZE: a nested loop over them would be quadratic
                st.execute("SET LOCAL enable_nestloop = off");
                st.execute("SELECT setseed(0.9)");
            }
            int filed;
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE monitoring.report r SET
                        budget_amount = x.budget,
                        executed_amount = round(x.budget * CASE WHEN x.a < 0.03 THEN 1 + x.a ELSE x.a * 0.95 END, 2),
                        execution_note = CASE WHEN x.a < 0.03 AND x.budget > 0 THEN '追加年度任务，超出部分已报批' END,
                        measures = '加快项目实施进度', filed_by = 'bench', filed_at = now(), version = 1
                    FROM (SELECT target_id, random()::numeric AS a,
                                 CASE WHEN random() < 0.1 THEN round(approved_budget * 1.05, 2)
                                      ELSE approved_budget END AS budget
                          FROM monitoring.report WHERE round_id = ?::uuid AND random() < 0.95) x
                    WHERE r.round_id = ?::uuid AND r.target_id = x.target_id""")) {
                ps.setString(1, round);
                ps.setString(2, round);
                filed = ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE monitoring.report_indicator i SET
                        actual_to_date = CASE WHEN i.operator = 'QUALITATIVE' THEN NULL
                            WHEN i.operator = 'EQ' THEN CASE WHEN x.a < 0.05 THEN 1 ELSE 0 END
                            WHEN i.operator IN ('LE', 'LT') THEN round(i.target_value::numeric * (0.6 + x.a * 0.6), 2)
                            ELSE round(i.target_value::numeric * x.a, 2) END,
                        achievement = CASE WHEN i.operator = 'QUALITATIVE' THEN CASE WHEN x.a < 0.7 THEN 'ACHIEVED'
                            WHEN x.a < 0.9 THEN 'PARTLY_ACHIEVED' ELSE 'NOT_ACHIEVED' END END,
                        expected_year_end = i.target_value,
                        likelihood = CASE WHEN x.b < 0.8 THEN 'CERTAIN' WHEN x.b < 0.95 THEN 'POSSIBLE' ELSE 'IMPOSSIBLE' END,
                        deviation_reason = CASE WHEN x.b >= 0.95 OR (i.operator IN ('GE', 'GT') AND x.a >= 0.9)
                            THEN '实施条件发生变化' END
                    FROM (SELECT i.target_id, i.position, random()::numeric AS a, random() AS b
                          FROM monitoring.report_indicator i JOIN monitoring.report r USING (round_id, target_id)
                          WHERE i.round_id = ?::uuid AND r.filed_at IS NOT NULL) x
                    WHERE i.round_id = ?::uuid AND i.target_id = x.target_id AND i.position = x.position""")) {
                ps.setString(1, round);
                ps.setString(2, round);
                ps.executeUpdate();
            }
            c.commit();
            return filed;
        }
    }

    // ------------------------------------------------------------------------------------------------ baseline

    /**
     * One statement, written from DOMAIN.md and not from the service's SQL: every indicator's light and completion,
     * grouped per report (its lights in position order, the weighed completion, the worst light), joined to its
     * report, into a scratch table. Rules as the round applies them by default:
     * bands 60/80/120, warning gap 20.
     */
    static long baseline(Round round) throws SQLException {
        try (Statement st = ProvinceBench.db.createStatement()) {
            st.execute("DROP TABLE IF EXISTS bench_baseline");
            // as the assessment: the round's rows are new to the planner's statistics, and nested loops over them
            // would be quadratic
            st.execute("SET enable_nestloop = off");
            long t0 = System.nanoTime();
            st.execute("""
                    CREATE TABLE bench_baseline AS
                    SELECT r.target_id, e.execution_rate, e.execution_light, g.completion_rate AS target_completion_rate,
                           g.target_light, g.indicator_lights, abs(e.execution_rate - g.completion_rate) AS gap,
                           r.filed_at IS NULL OR coalesce(e.execution_light = 'RED', false)
                               OR coalesce(abs(e.execution_rate - g.completion_rate) > 20, false) AS warning,
                           CASE WHEN r.filed_at IS NULL THEN ARRAY['NOT_FILED']
                                ELSE array_remove(ARRAY[CASE WHEN e.execution_light = 'RED' THEN 'EXECUTION_ABNORMAL' END,
                                    CASE WHEN abs(e.execution_rate - g.completion_rate) > 20 THEN 'GAP_EXCEEDED' END], NULL)
                           END AS reasons
                    FROM monitoring.report r
                    LEFT JOIN (
                        SELECT target_id,
                               round(CASE WHEN sum(weight) = 0 THEN avg(completion)
                                          ELSE sum(weight * completion) / sum(weight) END, 2) AS completion_rate,
                               CASE min(rank) WHEN 0 THEN 'RED' WHEN 1 THEN 'YELLOW' WHEN 2 THEN 'GREEN' ELSE 'BLUE' END AS target_light,
                               array_agg(CASE rank WHEN 0 THEN 'RED' WHEN 1 THEN 'YELLOW' WHEN 2 THEN 'GREEN' ELSE 'BLUE' END
                                         ORDER BY position) AS indicator_lights
                        FROM (SELECT target_id, position, weight,
                                     CASE WHEN operator = 'QUALITATIVE'
                                              THEN CASE achievement WHEN 'ACHIEVED' THEN 2 WHEN 'PARTLY_ACHIEVED' THEN 1 ELSE 0 END
                                          WHEN operator IN ('LE', 'LT') OR v = 0 THEN CASE WHEN ok THEN 2 ELSE 0 END
                                          ELSE CASE WHEN pace < 60 THEN 0 WHEN pace < 80 THEN 1 WHEN pace < 120 THEN 2 ELSE 3 END
                                     END AS rank,
                                     CASE WHEN operator = 'QUALITATIVE'
                                              THEN CASE achievement WHEN 'ACHIEVED' THEN 100 WHEN 'PARTLY_ACHIEVED' THEN 50 ELSE 0 END
                                          WHEN operator IN ('LE', 'LT')
                                              THEN CASE WHEN ok THEN 100 WHEN actual_to_date = 0 THEN 0 ELSE v * 100 / actual_to_date END
                                          WHEN v = 0 THEN CASE WHEN ok THEN 100 ELSE 0 END
                                          ELSE least(100, actual_to_date * 100 / v) END AS completion
                              FROM (SELECT i.*, q.v,
                                           CASE i.operator WHEN 'GE' THEN i.actual_to_date >= q.v WHEN 'GT' THEN i.actual_to_date > q.v
                                               WHEN 'EQ' THEN i.actual_to_date = q.v WHEN 'LE' THEN i.actual_to_date <= q.v
                                               WHEN 'LT' THEN i.actual_to_date < q.v END AS ok,
                                           CASE WHEN q.v > 0 THEN round(i.actual_to_date * 1200 / (q.v * %1$d), 2) END AS pace
                                    FROM monitoring.report_indicator i,
                                         LATERAL (SELECT i.target_number AS v) q
                                    WHERE i.round_id = '%2$s') j) k
                        GROUP BY target_id) g ON r.filed_at IS NOT NULL AND g.target_id = r.target_id
                    LEFT JOIN LATERAL (
                        SELECT CASE WHEN r.budget_amount > 0 THEN round(r.executed_amount * 100 / r.budget_amount, 2) END AS execution_rate,
                               CASE WHEN r.budget_amount > 0 THEN CASE WHEN p < 60 THEN 'RED' WHEN p < 80 THEN 'YELLOW' ELSE 'GREEN' END
                               END AS execution_light
                        FROM (SELECT CASE WHEN r.budget_amount > 0
                                  THEN round(r.executed_amount * 1200 / (r.budget_amount * %1$d), 2) END AS p) pace
                    ) e ON r.filed_at IS NOT NULL
                    WHERE r.round_id = '%2$s'""".formatted(round.month(), round.id()));
            return System.nanoTime() - t0;
        }
    }

    /** Every report's stored results beside the baseline's: any difference is a defect of one of them. */
    static String compare(String round) throws SQLException {
        String stored = ProvinceBench.scalar("SELECT count(*) FROM monitoring.report_result WHERE round_id = '" + round + "'");
        String differ = ProvinceBench.scalar("""
                SELECT count(*) FROM (SELECT * FROM monitoring.report_result WHERE round_id = '%s') r
                FULL JOIN bench_baseline b USING (target_id)
                WHERE r.target_id IS NULL OR b.target_id IS NULL
                    OR (r.execution_rate, r.execution_light, r.target_completion_rate, r.target_light,
                        r.indicator_lights::TEXT[], r.gap, r.warning, r.reasons)
                       IS DISTINCT FROM (b.execution_rate, b.execution_light, b.target_completion_rate, b.target_light,
                                         b.indicator_lights, b.gap, b.warning, b.reasons)""".formatted(round));
        String warnings = ProvinceBench.scalar("SELECT count(*) FILTER (WHERE warning) || ' warnings (' "
                + "|| count(*) FILTER (WHERE 'NOT_FILED' = ANY (reasons)) || ' not filed, ' "
                + "|| count(*) FILTER (WHERE 'EXECUTION_ABNORMAL' = ANY (reasons)) || ' execution abnormal, ' "
                + "|| count(*) FILTER (WHERE 'GAP_EXCEEDED' = ANY (reasons)) || ' gap exceeded)' "
                + "FROM monitoring.report_result WHERE round_id = '" + round + "'");
        return String.format("%s reports compared one by one, %s differ (%s); %s", stored, differ,
                "0".equals(differ) ? "all equal" : "RESULTS DIFFER", warnings);
    }

    // ------------------------------------------------------------------------------------------------ reads

    static void reads(String round) throws Exception {
        String path = "/api/v1/monitoring/rounds/" + round;
        read("summary, province (" + PROVINCE + ")", path + "/summary", PROVINCE);
        read("summary, county (" + COUNTY + ")", path + "/summary", COUNTY);
        read("warnings page 0, province", path + "/warnings?page=0&size=50", PROVINCE);
        read("warnings light=RED page 0, province", path + "/warnings?light=RED&page=0&size=50", PROVINCE);
        read("warnings of one department, province", path + "/warnings?departmentCode=D650100-EDU&page=0&size=50", PROVINCE);
        read("warnings page 0, county", path + "/warnings?page=0&size=50", COUNTY);
        read("warnings page 199 (the deepest offset page), province", path + "/warnings?page=199&size=50", PROVINCE);
        ProvinceBench.Response deep = ProvinceBench.get(path + "/warnings?page=199&size=50", PROVINCE);
        require(deep, 200, "deep page");
        Object next = ProvinceBench.page(ProvinceBench.json(deep.body())).get("next");
        if (next instanceof String cursor) {
            read("warnings after the cursor of page 199, province", path + "/warnings?size=50&after="
                    + ProvinceBench.enc(cursor), PROVINCE);
        } else {
            line("warnings after a deep cursor: no page.next on page 199 — NOT MEASURED");
        }
    }

    static void read(String what, String path, String user) throws Exception {
        for (int i = 0; i < ProvinceBench.WARMUP; i++) {
            require(ProvinceBench.get(path, user), 200, what);
        }
        ProvinceBench.Samples s = new ProvinceBench.Samples();
        ProvinceBench.Response last = null;
        for (int i = 0; i < ProvinceBench.MEASURED; i++) {
            last = ProvinceBench.get(path, user);
            require(last, 200, what);
            s.add(last.nanos());
        }
        Object content = last == null ? null : ProvinceBench.json(last.body()).get("content");
        String rows = content instanceof List<?> l ? l.size() + " rows" : "one summary";
        line(String.format("%-58s median %9s  p99 %9s  (%s) %s", what, ProvinceBench.ms(s.median()),
                ProvinceBench.ms(s.p99()), rows, verdict(s.median() / 1e6 <= READ_GOAL_MS)));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static void require(ProvinceBench.Response r, int status, String what) {
        if (r.status() != status) {
            throw new IllegalStateException(what + ": HTTP " + r.status() + " " + ProvinceBench.abbreviate(r.body(), 300));
        }
    }

    static String verdict(boolean met) {
        return met ? "goal met" : "goal MISSED";
    }

    static void line(String s) {
        ProvinceBench.line(s);
        System.err.println(s);
    }

    static void progress(String s) {
        ProvinceBench.progress(s);
    }
}
