/*
 * The measuring half of bench/province.sh (which starts the service and loads the data): every read of a province's
 * targets beside the bare SQL of the same result, the write workflow at 1 and 8 clients, and 64 clients of mixed
 * reads (wrk), printed as one report. Exits non-zero only when the run itself failed (service or database gone,
 * wrk missing), never because a goal was missed.
 *
 *   java -cp postgresql.jar bench/ProvinceBench.java <baseUrl> <jdbcUrl>
 *   java -cp ~/.m2/repository/org/postgresql/postgresql/42.7.13/postgresql-42.7.13.jar bench/ProvinceBench.java \
 *        http://127.0.0.1:8080 'jdbc:postgresql://127.0.0.1:5432/jixiao_bench_x?user=postgres'
 *
 * Environment (all optional): WRITE_SECONDS (15), MIXED_SECONDS (60), MIXED_CONNECTIONS (64), MIXED_PROVINCE_PERCENT
 * (50: share of mixed requests made by finance-xj over the whole province, the rest by finance-county),
 * WALK_SECONDS (90: how long the keyset walk may take), BENCH_LUA (bench/province-mixed.lua), and BENCH_LOAD_INFO
 * (a line province.sh puts at the top of the report).
 */

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

public class ProvinceBench {

    static final String PASSWORD = "Jixiao@2026";
    static final int YEAR = 2026;
    /** The workflow writes next year's targets, so that the reads after it see the same data whatever its speed. */
    static final int WRITE_YEAR = 2027;
    static final String COUNTY = "/650000/650100/650121/%";
    static final String PROVINCE = "/650000/%";
    static final int WARMUP = 20;
    static final int MEASURED = 20;
    /** A slow read warms up for at most this long (at least 3 calls), so one run stays within about 15 minutes. */
    static final Duration WARMUP_CAP = Duration.ofSeconds(10);
    static final double READ_MEDIAN_GOAL = 20, READ_P99_GOAL = 50, GET_MEDIAN_GOAL = 2;
    static final double WORKFLOWS_GOAL = 600, MIXED_RPS_GOAL = 800, MIXED_P99_GOAL = 250;

    static String base;
    static HttpClient http;
    static Connection db;
    static String jdbcUrl;
    static final StringBuilder report = new StringBuilder();

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java -cp postgresql.jar bench/ProvinceBench.java <baseUrl> <jdbcUrl>");
            System.exit(2);
        }
        base = args[0].replaceAll("/$", "");
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        jdbcUrl = args[1];
        db = DriverManager.getConnection(jdbcUrl);
        try {
            header();
            List<String> parts = List.of(env("PARTS", "reads,writes,mixed").split(","));
            if (parts.contains("reads")) {
                reads();
            }
            if (parts.contains("writes")) {
                writes();
            }
            if (parts.contains("mixed")) {
                mixed();
            }
        } catch (Exception e) {
            System.out.println(report);
            System.out.println("RUN FAILED: " + e);
            e.printStackTrace();
            System.exit(1);
        }
        boolean up = serviceUp();
        line("load average at the end: " + loadAverage());
        line(up ? "service still healthy at the end of the run" : "SERVICE NOT HEALTHY AT THE END OF THE RUN");
        System.out.println();
        System.out.println("=".repeat(100));
        System.out.print(report);
        System.out.println("=".repeat(100));
        System.exit(up ? 0 : 1);
    }

    // ------------------------------------------------------------------------------------------------ header

    static void header() throws SQLException {
        line("Jixiao province benchmark — " + Instant.now());
        String info = System.getenv("BENCH_LOAD_INFO");
        if (info != null && !info.isBlank()) {
            for (String l : info.split("\\\\n|\n")) {
                line(l);
            }
        }
        line("machine: " + Runtime.getRuntime().availableProcessors() + " cores (service, PostgreSQL and load generator share them); "
                + scalar("SELECT version()").replaceAll(" on .*", ""));
        line("data (fiscal year " + YEAR + "): " + scalar("SELECT count(*) FROM platform.org_unit WHERE kind='UNIT'") + " units, "
                + scalar("SELECT count(*) FROM platform.org_unit WHERE kind='DEPARTMENT'") + " departments, "
                + scalar("SELECT count(*) FROM targeting.target WHERE fiscal_year=" + YEAR) + " targets ("
                + scalar("SELECT count(*) FROM targeting.target WHERE fiscal_year=" + YEAR + " AND in_force_revision IS NOT NULL") + " in force, "
                + scalar("SELECT count(*) FROM targeting.target WHERE fiscal_year=" + YEAR + " AND published_revision IS NOT NULL") + " published), "
                + scalar("SELECT count(*) FROM targeting.indicator i JOIN targeting.target t ON t.id = i.target_id WHERE t.fiscal_year=" + YEAR) + " indicators; county 650121: "
                + scalar("SELECT count(*) FROM targeting.target WHERE fiscal_year=" + YEAR + " AND unit_path LIKE '" + COUNTY + "'") + " targets");
        line("load average at start (1, 5, 15 min; other work on the machine skews every number): " + loadAverage());
        line("summary tables: " + (scalar("SELECT to_regprocedure('targeting.rebuild_summaries()') IS NOT NULL").equals("t")
                ? "targeting.rebuild_summaries() exists (province.sh ran it after the load)" : "none (no targeting.rebuild_summaries())"));
        line("");
    }

    // ------------------------------------------------------------------------------------------------ reads

    record Read(String name, Supplier<Call> api, SqlWork sql, boolean single) {
    }

    interface SqlWork {
        void run(Statement st, int i) throws SQLException;
    }

    record Call(String path, String user) {
    }

    static void reads() throws Exception {
        progress("reads");
        List<String> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> goals = new ArrayList<>();

        Map<String, Object> countyPage = json(get("/api/v1/targets?fiscalYear=" + YEAR, "finance-county").body);
        Map<String, Object> provincePage = json(get("/api/v1/targets?fiscalYear=" + YEAR, "finance-xj").body);
        long countyPages = num(page(countyPage).get("totalPages"));
        long provincePages = num(page(provincePage).get("totalPages"));
        List<String> ids = column("SELECT id FROM targeting.target WHERE fiscal_year = " + YEAR
                + " AND in_force_revision IS NOT NULL ORDER BY random() LIMIT " + (WARMUP + MEASURED));

        List<Read> reads = new ArrayList<>();
        reads.add(new Read("statistics county (finance-county)", () -> new Call("/api/v1/targets/statistics?fiscalYear=" + YEAR, "finance-county"),
                (st, i) -> consume(st, statisticsSql(COUNTY)), false));
        reads.add(new Read("statistics province (finance-xj)", () -> new Call("/api/v1/targets/statistics?fiscalYear=" + YEAR, "finance-xj"),
                (st, i) -> consume(st, statisticsSql(PROVINCE)), false));
        reads.add(new Read("list page 0 county", () -> new Call("/api/v1/targets?fiscalYear=" + YEAR + "&page=0", "finance-county"),
                (st, i) -> listSql(st, COUNTY, 0), false));
        reads.add(new Read("list page 0 province", () -> new Call("/api/v1/targets?fiscalYear=" + YEAR + "&page=0", "finance-xj"),
                (st, i) -> listSql(st, PROVINCE, 0), false));
        long countyLast = Math.max(0, countyPages - 1), provinceLast = Math.max(0, provincePages - 1);
        reads.add(new Read("list page=" + countyLast + " (last) county", () -> new Call("/api/v1/targets?fiscalYear=" + YEAR + "&page=" + countyLast, "finance-county"),
                (st, i) -> listSql(st, COUNTY, countyLast * 50), false));
        reads.add(new Read("list page=" + provinceLast + " (last) province", () -> new Call("/api/v1/targets?fiscalYear=" + YEAR + "&page=" + provinceLast, "finance-xj"),
                (st, i) -> listSql(st, PROVINCE, provinceLast * 50), false));
        reads.add(new Read("list page=200 (deepest by number) province", () -> new Call("/api/v1/targets?fiscalYear=" + YEAR + "&page=200", "finance-xj"),
                (st, i) -> listSql(st, PROVINCE, 200 * 50), false));
        reads.add(new Read("public page=100 of 650000 (anonymous)", () -> new Call("/api/v1/public/targets?fiscalYear=" + YEAR + "&regionCode=650000&page=100", null),
                (st, i) -> publicSql(st, PROVINCE, 100 * 50), false));
        int[] next = {0};
        int[] sqlNext = {0};
        reads.add(new Read("GET one target in force (finance-xj)", () -> new Call("/api/v1/targets/" + ids.get(next[0]++ % ids.size()), "finance-xj"),
                (st, i) -> getSql(st, ids.get(sqlNext[0]++ % ids.size())), true));

        // keyset paging, when the service offers it (page.next, sent back as after=)
        for (String[] scope : new String[][] {{"county", "finance-county", COUNTY}, {"province", "finance-xj", PROVINCE}}) {
            Map<String, Object> first = scope[0].equals("county") ? countyPage : provincePage;
            if (!page(first).containsKey("next")) {
                continue;
            }
            Optional<Read> keyset = keysetRead(scope[0], scope[1], scope[2], notes);
            keyset.ifPresent(reads::add);
        }
        if (!page(countyPage).containsKey("next")) {
            notes.add("keyset paging: the list answer's page has no 'next' field — not offered by this build, not measured");
        }

        // the JIT of this client warms up too: without it the first reads measure the client, not the service
        progress("  client warm-up (5 s)");
        for (Instant end = Instant.now().plusSeconds(5); Instant.now().isBefore(end); ) {
            get("/api/v1/org-units/U650121-EDU-01", "finance-county");
        }
        for (Read read : reads) {
            progress("  " + read.name);
            Samples api = new Samples();
            Map<Integer, Integer> errors = new TreeMap<>();
            String[] firstError = {null};
            Instant warmStart = Instant.now();
            for (int i = 0; i < WARMUP; i++) {
                Call c = read.api.get();
                get(c.path, c.user);
                if (i >= 2 && Duration.between(warmStart, Instant.now()).compareTo(WARMUP_CAP) > 0) {
                    break;
                }
            }
            for (int i = 0; i < MEASURED; i++) {
                Call c = read.api.get();
                Response r = get(c.path, c.user);
                api.add(r.nanos);
                if (!r.ok()) {
                    errors.merge(r.status, 1, Integer::sum);
                    if (firstError[0] == null) {
                        firstError[0] = r.status + " " + abbreviate(r.body, 300);
                    }
                }
            }
            Samples sql = new Samples();
            try (Statement st = db.createStatement()) {
                warmStart = Instant.now();
                for (int i = 0; i < WARMUP; i++) {
                    read.sql.run(st, i);
                    if (i >= 2 && Duration.between(warmStart, Instant.now()).compareTo(WARMUP_CAP) > 0) {
                        break;
                    }
                }
                for (int i = 0; i < MEASURED; i++) {
                    long t0 = System.nanoTime();
                    read.sql.run(st, i);
                    sql.add(System.nanoTime() - t0);
                }
            }
            boolean refused = errors.size() == 1 && errors.containsKey(400) && read.name.contains("page=");
            if (refused) {
                rows.add(String.format(Locale.ROOT, "%-42s | %12s | %12s | %10s | %10s | %7s", read.name,
                        "refused 400", "", ms(sql.median()), ms(sql.p99()), ""));
                notes.add(read.name + ": the service refuses the deep page= with 400: " + firstError[0]);
                goals.add(String.format("%-42s not applicable (deep page= refused, see keyset rows)", read.name));
                continue;
            }
            double ratio = api.median() / Math.max(sql.median(), 1);
            rows.add(String.format(Locale.ROOT, "%-42s | %12s | %12s | %10s | %10s | %6s×", read.name, ms(api.median()),
                    ms(api.p99()), ms(sql.median()), ms(sql.p99()), String.format(Locale.ROOT, ratio < 1 ? "%.2f" : "%.1f", ratio)));
            if (!errors.isEmpty()) {
                notes.add(read.name + ": " + errors.values().stream().mapToInt(Integer::intValue).sum() + " of " + MEASURED
                        + " answers not 2xx " + errors + "; first: " + firstError[0]);
            }
            double medianGoal = read.single ? GET_MEDIAN_GOAL : READ_MEDIAN_GOAL;
            boolean met = api.median() / 1e6 <= medianGoal && api.p99() / 1e6 <= READ_P99_GOAL && errors.isEmpty();
            goals.add(String.format(Locale.ROOT, "%-42s median ≤ %s ms, p99 ≤ %s ms, no errors: %s", read.name,
                    trim(medianGoal), trim(READ_P99_GOAL), met ? "goal met" : "goal MISSED"));
        }

        Samples floor = new Samples();
        for (int i = 0; i < WARMUP + MEASURED; i++) {
            Response r = get("/api/v1/org-units/U650121-EDU-01", "finance-county");
            if (i >= WARMUP) {
                floor.add(r.nanos);
            }
        }
        line("READS — " + MEASURED + " calls each after a warm-up (up to " + WARMUP + " calls, at most " + WARMUP_CAP.toSeconds()
                + " s), one at a time; with 20 samples p99 is the maximum");
        line("  API: HTTP/1.1 with HTTP Basic (remembered credential), time to the last byte of the body.");
        line("  SQL: the same queries the service runs (TargetReadModelAdapter / TargetPersistenceAdapter, parameters as");
        line("  literals) over one JDBC connection, all rows read; a list is its totals (summary) + the page, the public list");
        line("  totals + page + the page's indicators + unit names, GET one target is target with revision and reviews +");
        line("  indicators. ratio = API median ÷ SQL median.");
        line(String.format("%-42s | %12s | %12s | %10s | %10s | %7s", "read", "API median", "API p99", "SQL median", "SQL p99", "ratio"));
        line("-".repeat(42) + "-+-" + "-".repeat(12) + "-+-" + "-".repeat(12) + "-+-" + "-".repeat(10) + "-+-" + "-".repeat(10) + "-+-" + "-".repeat(7));
        rows.forEach(ProvinceBench::line);
        line("");
        for (String n : notes) {
            line("  note: " + n);
        }
        line("  floor (no goal): GET /api/v1/org-units/U650121-EDU-01 as finance-county — authentication and the web stack");
        line("  with one small query — median " + ms(floor.median()) + ", p99 " + ms(floor.p99()));
        line("goals (≤ 20 ms median, ≤ 50 ms p99 per read; GET of one target ≤ 2 ms median):");
        goals.forEach(g -> line("  " + g));
        line("");
    }

    /**
     * Walks the keyset cursor (page.next, sent back as after=) with size=500 to the end once (or for WALK_SECONDS),
     * then measures the size-50 page after the deepest cursor, beside the bare keyset SQL of the same rows.
     */
    static Optional<Read> keysetRead(String scopeName, String user, String pattern, List<String> notes) throws Exception {
        progress("  keyset walk " + scopeName);
        long budget = Long.parseLong(env("WALK_SECONDS", "90")) * 1_000_000_000L;
        long start = System.nanoTime();
        String cursor = null;
        String deepCursor = null;
        Map<String, Object> lastItemBeforeDeep = null;
        long rows = 0;
        int requests = 0;
        Samples walk = new Samples();
        while (true) {
            String path = "/api/v1/targets?fiscalYear=" + YEAR + "&size=500" + (cursor == null ? "" : "&after=" + enc(cursor));
            Response r = get(path, user);
            requests++;
            walk.add(r.nanos);
            if (!r.ok()) {
                notes.add("keyset walk " + scopeName + ": " + r.status + " at row " + rows + ": " + abbreviate(r.body, 300));
                break;
            }
            Map<String, Object> answer = json(r.body);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> content = (List<Map<String, Object>>) answer.get("content");
            rows += content.size();
            Object nextCursor = page(answer).get("next");
            if (nextCursor == null || content.isEmpty()) {
                break;
            }
            deepCursor = nextCursor.toString();
            lastItemBeforeDeep = content.get(content.size() - 1);
            cursor = deepCursor;
            if (System.nanoTime() - start > budget) {
                notes.add("keyset walk " + scopeName + ": stopped after " + (budget / 1_000_000_000L) + " s at row " + rows);
                break;
            }
        }
        notes.add(String.format(Locale.ROOT, "keyset walk %s: %d rows in %d requests of size 500, %.1f s (median %s, max %s per request)",
                scopeName, rows, requests, (System.nanoTime() - start) / 1e9, ms(walk.median()), ms(walk.p99())));
        if (deepCursor == null) {
            return Optional.empty();
        }
        String c = deepCursor;
        Map<String, Object> last = lastItemBeforeDeep;
        String unitPath = scalar("SELECT path FROM platform.org_unit WHERE code = " + lit(String.valueOf(last.get("unitCode"))));
        Object projectCode = last.get("projectCode");
        String apiPath = "/api/v1/targets?fiscalYear=" + YEAR + "&size=50&after=" + enc(c);
        Response probe = get(apiPath, user);
        boolean counted = probe.ok() && page(json(probe.body)).get("totalElements") != null;
        // the rows after the cursor's row in the list's order (-year, unit path, project code with '' first)
        String keyset = " AND (-t.fiscal_year, t.unit_path, COALESCE(t.project_code, '')) > (" + (-YEAR) + ", "
                + lit(unitPath) + ", " + lit(projectCode == null ? "" : projectCode.toString()) + ")";
        notes.add("keyset " + scopeName + " SQL: the list query with" + keyset + " LIMIT 50" + (counted ? " + the count (the answer carries totalElements)" : " (no count: the answer has no totalElements)"));
        return Optional.of(new Read("after=<deep cursor> size=50 " + scopeName, () -> new Call(apiPath, user), (st, i) -> {
            if (counted) {
                consume(st, totalsSql("targets", pattern));
            }
            consume(st, "SELECT t.*, r.project_name, r.budget_amount, r.indicator_count, r.quantitative_count"
                    + listFrom(pattern) + keyset + ORDER + " LIMIT 51");
        }, false));
    }

    // the service's SQL (TargetReadModelAdapter, TargetPersistenceAdapter), parameters written as literals

    /** A subtree as the service reads it: the range of its paths, from its root up to the root with '/' → '0'. */
    static String subtree(String column, String pattern) {
        String from = pattern.substring(0, pattern.length() - 1);
        return column + " >= " + lit(from) + " AND " + column + " < " + lit(from.substring(0, from.length() - 1) + "0");
    }

    static final String ORDER = " ORDER BY -t.fiscal_year, t.unit_path, COALESCE(t.project_code, '')";

    static String listFrom(String pattern) {
        return " FROM targeting.target t JOIN targeting.target_revision r ON r.target_id = t.id AND r.revision = t.revision"
                + " WHERE TRUE AND -t.fiscal_year = " + (-YEAR) + " AND " + subtree("t.unit_path", pattern);
    }

    /** The per-year totals of a list, from the summary the service keeps. */
    static String totalsSql(String column, String pattern) {
        return "SELECT fiscal_year, sum(" + column + ") AS total FROM targeting.target_count"
                + " WHERE status = '*' AND kind = '*' AND fund_source = '*' AND " + subtree("unit_path", pattern)
                + " AND fiscal_year = " + YEAR + " GROUP BY fiscal_year HAVING sum(" + column + ") > 0 ORDER BY fiscal_year DESC";
    }

    static void listSql(Statement st, String pattern, long offset) throws SQLException {
        consume(st, totalsSql("targets", pattern));
        consume(st, "SELECT t.*, r.project_name, r.budget_amount, r.indicator_count, r.quantitative_count"
                + listFrom(pattern) + ORDER + " LIMIT 51 OFFSET " + offset);
    }

    static String statisticsSql(String pattern) {
        return "SELECT count(*) FILTER (WHERE targets > 0) AS units, coalesce(sum(targets), 0) AS targets,"
                + " coalesce(sum(budget), 0) AS budget, coalesce(sum(indicators), 0) AS indicators,"
                + " coalesce(sum(quantitative), 0) AS quantitative FROM targeting.target_in_force"
                + " WHERE kind = '*' AND fund_source = '*' AND fiscal_year = " + YEAR + " AND " + subtree("unit_path", pattern);
    }

    static void publicSql(Statement st, String pattern, long offset) throws SQLException {
        consume(st, totalsSql("published", pattern));
        List<String> ids = new ArrayList<>();
        List<String> units = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT t.id, t.fiscal_year, t.kind, t.unit_code, t.unit_path, t.region_code,"
                + " t.project_code, t.published_revision, r.project_name, r.budget_category, r.fund_source,"
                + " r.budget_amount, r.overall_goal, r.annual_goal FROM targeting.target t"
                + " JOIN targeting.target_revision r ON r.target_id = t.id AND r.revision = t.published_revision"
                + " WHERE t.published_revision IS NOT NULL AND -t.fiscal_year = " + (-YEAR) + " AND "
                + subtree("t.unit_path", pattern) + ORDER + " LIMIT 51 OFFSET " + offset)) {
            readAll(rs, row -> {
                ids.add(row.getString("id"));
                units.add(row.getString("unit_code"));
            });
        }
        if (ids.isEmpty()) {
            return;
        }
        consume(st, "SELECT i.* FROM targeting.indicator i JOIN targeting.target t ON t.id = i.target_id"
                + " WHERE i.target_id IN (" + ids.stream().map(ProvinceBench::lit).collect(Collectors.joining(", "))
                + ") AND i.revision = t.published_revision ORDER BY i.position");
        consume(st, "SELECT code, name FROM platform.org_unit WHERE code = ANY(ARRAY["
                + units.stream().distinct().map(ProvinceBench::lit).collect(Collectors.joining(", ")) + "]::varchar[])");
    }

    static void getSql(Statement st, String id) throws SQLException {
        consume(st, "SELECT t.*, r.adjustment_reason, r.project_name, r.budget_category, r.budget_amount,"
                + " r.overall_goal, r.annual_goal, r.requires_assessment, v.*"
                + " FROM targeting.target t"
                + " JOIN targeting.target_revision r ON r.target_id = t.id AND r.revision = t.revision"
                + " LEFT JOIN targeting.review v ON v.target_id = t.id"
                + " WHERE t.id = " + lit(id) + " ORDER BY v.seq");
        consume(st, "SELECT id, level1, level2, name, operator, target_value, unit, basis, weight"
                + " FROM targeting.indicator WHERE target_id = " + lit(id) + " AND revision = 0 ORDER BY position");
    }

    // ------------------------------------------------------------------------------------------------ writes

    record Step(String name, String user, int expected) {
    }

    static final Step[] STEPS = {new Step("create (unit)", null, 201), new Step("submit (unit)", null, 200),
            new Step("review DEPARTMENT (dept-edu)", "dept-edu", 200), new Step("review FINANCE (finance-county)", "finance-county", 200)};

    static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase(Locale.ROOT);

    static void writes() throws Exception {
        progress("writes");
        int seconds = Integer.parseInt(env("WRITE_SECONDS", "15"));
        line("WRITE WORKFLOW — create a PROJECT target with 7 indicators (unit-school1 / unit-school2, alternating by client),");
        line("  submit, the department's review (dept-edu, APPROVE), finance's review (finance-county, APPROVE → APPROVED); each");
        line("  step sends the previous answer's ETag as If-Match; fiscal year " + WRITE_YEAR + " (the reads after this see the same");
        line("  " + YEAR + " data whatever the write speed), unique project codes BENCH-" + RUN + "-<client>-<n>.");
        line("  3 s warm-up, then " + seconds + " s measured per client count; a workflow with any non-2xx answer counts as an error.");
        for (int clients : new int[] {1, 8}) {
            workflows(clients, 3, false);
            WriteResult r = workflows(clients, seconds, true);
            line(String.format(Locale.ROOT, "  %d client%s: %.1f workflows/s (%d in %.1f s), per workflow median %s, p99 %s; errors %d%s",
                    clients, clients == 1 ? " " : "s", r.done / r.seconds, r.done, r.seconds, ms(r.workflow.median()),
                    ms(r.workflow.p99()), r.errors.get(), r.firstError == null ? "" : " (first: " + r.firstError + ")"));
            for (int s = 0; s < STEPS.length; s++) {
                line(String.format(Locale.ROOT, "      %-34s median %10s   p99 %10s", STEPS[s].name, ms(r.steps[s].median()), ms(r.steps[s].p99())));
            }
            WriteResult bare = bareWorkflows(clients, seconds);
            line(String.format(Locale.ROOT, "  %d client%s, bare SQL: %.1f workflows/s (%d in %.1f s), per workflow median %s, p99 %s; errors %d%s — the API does %.0f %% of bare",
                    clients, clients == 1 ? " " : "s", bare.done / bare.seconds, bare.done, bare.seconds, ms(bare.workflow.median()),
                    ms(bare.workflow.p99()), bare.errors.get(), bare.firstError == null ? "" : " (first: " + bare.firstError + ")",
                    100 * (r.done / r.seconds) / (bare.done / bare.seconds)));
            if (clients == 8) {
                double rate = r.done / r.seconds;
                line(String.format(Locale.ROOT, "  goal ≥ %s workflows/s at 8 clients, no errors: %s", trim(WORKFLOWS_GOAL),
                        rate >= WORKFLOWS_GOAL && r.errors.get() == 0 ? "goal met" : "goal MISSED"));
            }
        }
        line("");
    }

    static final class WriteResult {
        final Samples workflow = new Samples();
        final Samples[] steps = {new Samples(), new Samples(), new Samples(), new Samples()};
        final AtomicLong errors = new AtomicLong();
        volatile String firstError;
        long done;
        double seconds;
    }

    static final AtomicLong projectSeq = new AtomicLong();

    /** One client of the write benchmark: runs one workflow and says what went wrong, null when nothing did. */
    interface Writer extends AutoCloseable {

        String workflow(long[] stepNanos) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    /** {@code clients} threads, each with its own writer, running workflows for {@code seconds}. */
    static WriteResult drive(int clients, int seconds, boolean measured, java.util.function.IntFunction<Writer> writers)
            throws InterruptedException {
        WriteResult result = new WriteResult();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                try (Writer writer = writers.apply(client)) {
                    while (!stop.get()) {
                        long w0 = System.nanoTime();
                        long[] stepNanos = new long[STEPS.length];
                        String error = writer.workflow(stepNanos);
                        long w = System.nanoTime() - w0;
                        if (stop.get() && measured) {
                            break; // finished after the window: not counted
                        }
                        if (error != null) {
                            result.errors.incrementAndGet();
                            if (result.firstError == null) {
                                result.firstError = error;
                            }
                            continue;
                        }
                        done.incrementAndGet();
                        result.workflow.add(w);
                        for (int s = 0; s < STEPS.length; s++) {
                            result.steps[s].add(stepNanos[s]);
                        }
                    }
                } catch (Exception e) {
                    result.errors.incrementAndGet();
                    result.firstError = e.toString();
                }
            });
            t.start();
            threads.add(t);
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        double elapsed = (System.nanoTime() - start) / 1e9;
        for (Thread t : threads) {
            t.join(30_000);
        }
        result.done = done.get();
        result.seconds = elapsed;
        return result;
    }

    static WriteResult workflows(int clients, int seconds, boolean measured) throws InterruptedException {
        progress("  " + clients + " client(s), " + seconds + " s" + (measured ? "" : " warm-up"));
        return drive(clients, seconds, measured, client -> stepNanos -> workflow(client,
                client % 2 == 0 ? "unit-school1" : "unit-school2", client % 2 == 0 ? "U650121-EDU-01" : "U650121-EDU-02",
                stepNanos));
    }

    /**
     * The same workflow as bare SQL: the statements the service sends for it (read off its statement log), each
     * request's transaction on one connection per client, the account lookup of every request outside it. What the
     * database alone costs, with no HTTP, JSON, security or domain code around it.
     */
    static WriteResult bareWorkflows(int clients, int seconds) throws InterruptedException {
        progress("  " + clients + " client(s), " + seconds + " s, bare SQL");
        return drive(clients, seconds, true, client -> {
            Connection connection;
            try {
                connection = DriverManager.getConnection(jdbcUrl);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return new Writer() {
                @Override
                public String workflow(long[] stepNanos) throws SQLException {
                    try {
                        bareWorkflow(connection, client, client % 2 == 0 ? "unit-school1" : "unit-school2",
                                client % 2 == 0 ? "U650121-EDU-01" : "U650121-EDU-02");
                        return null;
                    } catch (SQLException e) {
                        connection.rollback();
                        connection.setAutoCommit(true);
                        return e.toString();
                    }
                }

                @Override
                public void close() throws SQLException {
                    connection.close();
                }
            };
        });
    }

    static final String ACCOUNT = """
            SELECT a.username, a.password_hash, a.enabled, a.role, a.org_code, o.path
            FROM platform.account a LEFT JOIN platform.org_unit o ON o.code = a.org_code WHERE a.username = ?""";
    static final String LOAD = """
            SELECT t.*, r.adjustment_reason, r.project_name, r.budget_category, r.budget_amount, r.overall_goal,
                   r.annual_goal, r.requires_assessment, v.seq, v.stage, v.reviewer, v.decision, v.grade, v.completeness,
                   v.relevance, v.appropriateness, v.feasibility, v.comments, v.resulting_status,
                   v.revision AS reviewed_revision, v.reviewed_at
            FROM targeting.target t
            JOIN targeting.target_revision r ON r.target_id = t.id AND r.revision = t.revision
            LEFT JOIN targeting.review v ON v.target_id = t.id
            WHERE t.id = ? ORDER BY v.seq""";
    static final String LOAD_INDICATORS = """
            SELECT id, level1, level2, name, operator, target_value, unit, basis, weight
            FROM targeting.indicator WHERE target_id = ? AND revision = ? ORDER BY position""";
    static final String UPDATE = """
            UPDATE targeting.target SET status = ?, barred = false, revision = 0, in_force_revision = ?,
                published_revision = NULL, version = ?, fund_source = 'ANNUAL_BUDGET' WHERE id = ? AND version = ?""";
    static final String REVIEW = """
            INSERT INTO targeting.review (target_id, seq, revision, stage, reviewer, decision, grade, completeness,
                relevance, appropriateness, feasibility, comments, resulting_status, reviewed_at)
            VALUES (?, ?, 0, ?, ?, 'APPROVE', ?, ?, ?, NULL, NULL, ?, ?, now())""";
    static final String[][] INDICATORS = {
            {"OUTPUT", "QUANTITY", "维修改造面积", "GE", "4200", "平方米", "PLAN", "20"},
            {"OUTPUT", "QUALITY", "验收合格率", "GE", "100", "%", "INDUSTRY", "15"},
            {"OUTPUT", "TIMELINESS", "完工时间", "QUALITATIVE", "2026年8月底前", null, "PLAN", "10"},
            {"COST", "ECONOMIC_COST", "每平方米改造成本", "LE", "1600", "元", "BUDGET_STANDARD", "10"},
            {"BENEFIT", "SOCIAL", "受益学生人数", "GE", "1500", "人", "HISTORY", "20"},
            {"BENEFIT", "SUSTAINABILITY", "长效管护机制", "QUALITATIVE", "建立校舍长效管护机制", null, "OTHER", "10"},
            {"SATISFACTION", "SERVICE_RECIPIENT", "师生满意度", "GE", "90", "%", "HISTORY", "15"}};

    static void bareWorkflow(Connection c, int client, String unitUser, String unitCode) throws SQLException {
        java.util.UUID id = java.util.UUID.randomUUID();
        String code = "BARE-" + RUN + "-" + client + "-" + projectSeq.incrementAndGet();
        // create
        bareRead(c, ACCOUNT, unitUser);
        c.setAutoCommit(false);
        String path;
        try (PreparedStatement ps = c.prepareStatement("SELECT path, code, name, kind, parent_code, region_code, department_code, version FROM platform.org_unit WHERE code = ?")) {
            ps.setString(1, unitCode);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                path = rs.getString(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO targeting.target (id, fiscal_year, kind, unit_code, unit_path, region_code, department_code,
                    department_reviews, project_code, status, barred, revision, in_force_revision, published_revision,
                    created_at, version, fund_source)
                VALUES (?, ?, 'PROJECT', ?, ?, '650121', 'D650121-EDU', true, ?, 'DRAFT', false, 0, NULL, NULL, now(), 1, 'ANNUAL_BUDGET')""")) {
            ps.setObject(1, id);
            ps.setInt(2, WRITE_YEAR);
            ps.setString(3, unitCode);
            ps.setString(4, path);
            ps.setString(5, code);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO targeting.target_revision (target_id, revision, project_name, budget_category, fund_source,
                    budget_amount, overall_goal, annual_goal, requires_assessment, indicator_count, quantitative_count,
                    adjustment_reason)
                VALUES (?, 0, '校舍维修改造项目', 'GENERAL_PUBLIC', 'ANNUAL_BUDGET', ?, '消除校舍安全隐患，改善办学条件',
                    '2026年底前完成校舍维修改造', false, 7, 5, NULL)
                ON CONFLICT (target_id, revision) DO UPDATE SET project_name = EXCLUDED.project_name""")) {
            ps.setObject(1, id);
            ps.setBigDecimal(2, new java.math.BigDecimal("1000001.01"));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO targeting.indicator (target_id, revision, id, position, level1, level2, name, operator,
                    target_value, unit, basis, weight) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < INDICATORS.length; i++) {
                String[] x = INDICATORS[i];
                ps.setObject(1, id);
                ps.setObject(2, java.util.UUID.randomUUID());
                ps.setInt(3, i);
                for (int k = 0; k < 7; k++) {
                    ps.setString(4 + k, x[k]);
                }
                ps.setBigDecimal(11, new java.math.BigDecimal(x[7]));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
        // submit, the department's review, finance's review (which brings the revision into force)
        bareStep(c, id, unitUser, "SUBMITTED", null, 1, null);
        bareStep(c, id, "dept-edu", "DEPARTMENT_APPROVED", null, 2, "DEPARTMENT");
        bareStep(c, id, "finance-county", "APPROVED", 0, 3, "FINANCE");
    }

    static void bareStep(Connection c, java.util.UUID id, String user, String status, Integer inForce, int version,
                         String reviewer) throws SQLException {
        bareRead(c, ACCOUNT, user);
        c.setAutoCommit(false);
        bareRead(c, LOAD, id);
        try (PreparedStatement ps = c.prepareStatement(LOAD_INDICATORS)) {
            ps.setObject(1, id);
            ps.setInt(2, 0);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString(3);
                }
            }
        }
        if (inForce != null) {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT DISTINCT ON (rule_key, region_code) version, region_code, fiscal_year, rule_key, action,
                           value::text AS value, changed_by, changed_at
                    FROM platform.rule_change
                    WHERE fiscal_year = ? AND region_code IN ('650121', '650100', '650000') AND rule_key = 'assessment.threshold'
                    ORDER BY rule_key, region_code, version DESC""")) {
                ps.setInt(1, WRITE_YEAR);
                ps.executeQuery().close();
            }
            bareRead(c, "SELECT EXISTS (SELECT 1 FROM assessment.assessment WHERE unit_code = 'U650121-EDU-01' AND project_code = ? AND fiscal_year = 2027)", "x");
        }
        try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
            ps.setString(1, status);
            ps.setObject(2, inForce);
            ps.setLong(3, version + 1);
            ps.setObject(4, id);
            ps.setLong(5, version);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("stale version");
            }
        }
        if (reviewer != null) {
            try (PreparedStatement ps = c.prepareStatement(REVIEW)) {
                ps.setObject(1, id);
                ps.setInt(2, reviewer.equals("DEPARTMENT") ? 0 : 1);
                ps.setString(3, reviewer);
                ps.setString(4, user);
                ps.setString(5, reviewer.equals("DEPARTMENT") ? "GOOD" : "EXCELLENT");
                ps.setString(6, reviewer.equals("DEPARTMENT") ? "指标完整" : null);
                ps.setString(7, reviewer.equals("DEPARTMENT") ? "与项目内容相关" : null);
                ps.setString(8, "同意");
                ps.setString(9, status);
                ps.executeUpdate();
            }
        }
        c.commit();
        c.setAutoCommit(true);
    }

    static void bareRead(Connection c, String sql, Object param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
        }
    }

    /** One workflow; null when every answer was the expected one, else what went wrong. */
    static String workflow(int client, String unitUser, String unitCode, long[] stepNanos) {
        String code = "BENCH-" + RUN + "-" + client + "-" + projectSeq.incrementAndGet();
        try {
            Response created = send("POST", "/api/v1/targets", unitUser, createBody(unitCode, code), null);
            stepNanos[0] = created.nanos;
            if (created.status != 201) {
                return "create " + created.status + " " + abbreviate(created.body, 200);
            }
            String id = (String) json(created.body).get("id");
            Response submitted = send("POST", "/api/v1/targets/" + id + "/submit", unitUser, null, created.etag);
            stepNanos[1] = submitted.nanos;
            if (submitted.status != 200) {
                return "submit " + submitted.status + " " + abbreviate(submitted.body, 200);
            }
            Response department = send("POST", "/api/v1/targets/" + id + "/reviews", "dept-edu",
                    "{\"decision\":\"APPROVE\",\"grade\":\"GOOD\",\"comments\":\"同意报送财政\",\"criteria\":{\"COMPLETENESS\":\"指标完整\",\"RELEVANCE\":\"与项目内容相关\"}}",
                    submitted.etag);
            stepNanos[2] = department.nanos;
            if (department.status != 200) {
                return "department review " + department.status + " " + abbreviate(department.body, 200);
            }
            Response finance = send("POST", "/api/v1/targets/" + id + "/reviews", "finance-county",
                    "{\"decision\":\"APPROVE\",\"grade\":\"EXCELLENT\",\"comments\":\"指标完整、细化、量化\"}", department.etag);
            stepNanos[3] = finance.nanos;
            if (finance.status != 200 || !finance.body.contains("\"status\":\"APPROVED\"")) {
                return "finance review " + finance.status + " " + abbreviate(finance.body, 200);
            }
            return null;
        } catch (IOException | InterruptedException e) {
            return e.toString();
        }
    }

    static String createBody(String unitCode, String projectCode) {
        long n = projectSeq.get();
        return "{\"fiscalYear\":" + WRITE_YEAR + ",\"kind\":\"PROJECT\",\"unitCode\":\"" + unitCode + "\",\"projectCode\":\"" + projectCode + "\","
                + "\"projectName\":\"校舍维修改造项目\",\"budgetCategory\":\"GENERAL_PUBLIC\",\"fundSource\":\"ANNUAL_BUDGET\","
                + "\"budgetAmount\":" + (1_000_000 + n % 900_000) + "." + String.format("%02d", n % 100) + ","
                + "\"overallGoal\":\"消除校舍安全隐患，改善办学条件\",\"annualGoal\":\"2026年底前完成校舍维修改造\",\"indicators\":["
                + "{\"level1\":\"OUTPUT\",\"level2\":\"QUANTITY\",\"name\":\"维修改造面积\",\"operator\":\"GE\",\"targetValue\":\"4200\",\"unit\":\"平方米\",\"basis\":\"PLAN\",\"weight\":20},"
                + "{\"level1\":\"OUTPUT\",\"level2\":\"QUALITY\",\"name\":\"验收合格率\",\"operator\":\"GE\",\"targetValue\":\"100\",\"unit\":\"%\",\"basis\":\"INDUSTRY\",\"weight\":15},"
                + "{\"level1\":\"OUTPUT\",\"level2\":\"TIMELINESS\",\"name\":\"完工时间\",\"operator\":\"QUALITATIVE\",\"targetValue\":\"2026年8月底前\",\"basis\":\"PLAN\",\"weight\":10},"
                + "{\"level1\":\"COST\",\"level2\":\"ECONOMIC_COST\",\"name\":\"每平方米改造成本\",\"operator\":\"LE\",\"targetValue\":\"1600\",\"unit\":\"元\",\"basis\":\"BUDGET_STANDARD\",\"weight\":10},"
                + "{\"level1\":\"BENEFIT\",\"level2\":\"SOCIAL\",\"name\":\"受益学生人数\",\"operator\":\"GE\",\"targetValue\":\"1500\",\"unit\":\"人\",\"basis\":\"HISTORY\",\"weight\":20},"
                + "{\"level1\":\"BENEFIT\",\"level2\":\"SUSTAINABILITY\",\"name\":\"长效管护机制\",\"operator\":\"QUALITATIVE\",\"targetValue\":\"建立校舍长效管护机制\",\"basis\":\"OTHER\",\"weight\":10},"
                + "{\"level1\":\"SATISFACTION\",\"level2\":\"SERVICE_RECIPIENT\",\"name\":\"师生满意度\",\"operator\":\"GE\",\"targetValue\":\"90\",\"unit\":\"%\",\"basis\":\"HISTORY\",\"weight\":15}]}";
    }

    // ------------------------------------------------------------------------------------------------ mixed

    static void mixed() throws Exception {
        progress("mixed reads");
        int seconds = Integer.parseInt(env("MIXED_SECONDS", "60"));
        int connections = Integer.parseInt(env("MIXED_CONNECTIONS", "64"));
        int provincePercent = Integer.parseInt(env("MIXED_PROVINCE_PERCENT", "50"));
        String lua = env("BENCH_LUA", "bench/province-mixed.lua");
        Path dir = Files.createTempDirectory("province-mixed");
        Path county = dir.resolve("county-ids.txt");
        Path province = dir.resolve("province-ids.txt");
        List<String> countyIds = column("SELECT id FROM targeting.target WHERE fiscal_year = " + YEAR
                + " AND in_force_revision IS NOT NULL AND unit_path LIKE '" + COUNTY + "'");
        Files.write(county, countyIds);
        Files.write(province, column("SELECT id FROM targeting.target WHERE fiscal_year = " + YEAR
                + " AND in_force_revision IS NOT NULL ORDER BY random() LIMIT 10000"));
        List<String> wrkArgs = List.of("-t2", "-c" + connections, "--latency", "--timeout", "10s", "-s", lua, base,
                "--", county.toString(), province.toString(), Integer.toString(provincePercent), basic("finance-county"),
                basic("finance-xj"), Integer.toString(YEAR));
        progress("  warm-up 10 s");
        String warm = wrk("10s", wrkArgs);
        progress("  measured " + seconds + " s");
        String out = wrk(seconds + "s", wrkArgs);
        Files.deleteIfExists(county);
        Files.deleteIfExists(province);
        Files.deleteIfExists(dir);

        double rps = parseDouble(out, "Requests/sec:\\s+([\\d.]+)");
        double p50 = latency(out, "50%"), p99 = latency(out, "99%");
        long non2xx = (long) parseDouble(out, "Non-2xx or 3xx responses:\\s+(\\d+)");
        Matcher se = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(out);
        long socket = 0;
        String socketText = "none";
        if (se.find()) {
            socket = Long.parseLong(se.group(1)) + Long.parseLong(se.group(2)) + Long.parseLong(se.group(3)) + Long.parseLong(se.group(4));
            socketText = "connect " + se.group(1) + ", read " + se.group(2) + ", write " + se.group(3) + ", timeout " + se.group(4);
        }
        long total = (long) parseDouble(out, "(\\d+) requests in");
        line("MIXED READS — wrk, " + connections + " connections (2 threads), " + seconds + " s after a 10 s warm-up, on the same cores;");
        line("  each request: ⅓ GET one target in force (random id), ⅓ list page 0–20 (size 50), ⅓ statistics; " + provincePercent
                + " % as finance-xj");
        line("  (ids: 10,000 random targets in force of the province), the rest as finance-county (ids: the county's "
                + countyIds.size() + " targets in force); request timeout 10 s.");
        Matcher statuses = Pattern.compile("status counts: ([^\n]*)").matcher(out);
        line(String.format(Locale.ROOT, "  %d requests, %.1f requests/s, p50 %s, p99 %s, non-2xx %d, socket errors %s",
                total, rps, ms(p50 * 1e6), ms(p99 * 1e6), non2xx, socketText));
        line("  answers by status: " + (statuses.find() ? statuses.group(1) : "?"));
        boolean met = rps >= MIXED_RPS_GOAL && p99 <= MIXED_P99_GOAL && non2xx == 0 && socket == 0;
        line(String.format(Locale.ROOT, "  goal ≥ %s requests/s, p99 ≤ %s ms, 0 errors: %s", trim(MIXED_RPS_GOAL),
                trim(MIXED_P99_GOAL), met ? "goal met" : "goal MISSED"));
        line("  wrk's own output:");
        for (String l : out.split("\n")) {
            line("    " + l);
        }
        line("");
    }

    static String wrk(String duration, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-d" + duration));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        if (rc != 0 || !out.contains("Requests/sec")) {
            throw new IOException("wrk failed (" + rc + "): " + out);
        }
        return out;
    }

    /** A latency line of wrk's distribution in ms. */
    static double latency(String out, String percentile) {
        Matcher m = Pattern.compile(Pattern.quote(percentile) + "\\s+([\\d.]+)(us|ms|s|m)\\b").matcher(out);
        if (!m.find()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "ms" -> v;
            case "s" -> v * 1000;
            default -> v * 60_000;
        };
    }

    static double parseDouble(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    // ------------------------------------------------------------------------------------------------ HTTP

    record Response(int status, String body, String etag, long nanos) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    static Response get(String path, String user) throws IOException, InterruptedException {
        return send("GET", path, user, null, null);
    }

    static Response send(String method, String path, String user, String body, String ifMatch) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            b.header("Authorization", basic(user));
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpRequest request = b.build();
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - t0;
        return new Response(r.statusCode(), r.body(), r.headers().firstValue("ETag").orElse(null), nanos);
    }

    static final Map<String, String> BASIC = new ConcurrentHashMap<>();

    static String basic(String user) {
        return BASIC.computeIfAbsent(user, u -> "Basic " + Base64.getEncoder().encodeToString((u + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    static boolean serviceUp() {
        try {
            return get("/actuator/health", null).ok();
        } catch (Exception e) {
            return false;
        }
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------------ SQL

    interface RowReader {
        void row(ResultSet rs) throws SQLException;
    }

    /** Runs a query and reads every column of every row, as the service's row mappers do. */
    static void consume(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            readAll(rs, row -> {
            });
        }
    }

    static void readAll(ResultSet rs, RowReader reader) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        while (rs.next()) {
            for (int c = 1; c <= n; c++) {
                rs.getString(c);
            }
            reader.row(rs);
        }
    }

    static String scalar(String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? String.valueOf(rs.getString(1)) : "";
        }
    }

    static List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    static String lit(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    // ------------------------------------------------------------------------------------------------ numbers

    static final class Samples {
        private final List<Long> nanos = new ArrayList<>();

        synchronized void add(long n) {
            nanos.add(n);
        }

        synchronized double median() {
            if (nanos.isEmpty()) {
                return Double.NaN;
            }
            long[] s = sorted();
            return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
        }

        /** Nearest rank: with 20 samples the maximum. */
        synchronized double p99() {
            if (nanos.isEmpty()) {
                return Double.NaN;
            }
            long[] s = sorted();
            return s[(int) Math.ceil(0.99 * s.length) - 1];
        }

        private long[] sorted() {
            long[] s = nanos.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(s);
            return s;
        }
    }

    static String ms(double nanos) {
        if (Double.isNaN(nanos)) {
            return "—";
        }
        double ms = nanos / 1e6;
        return ms < 10 ? String.format(Locale.ROOT, "%.2f ms", ms) : ms < 1000 ? String.format(Locale.ROOT, "%.1f ms", ms)
                : String.format(Locale.ROOT, "%.0f ms", ms);
    }

    static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    static String abbreviate(String s, int max) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max) + "…";
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    static void line(String s) {
        report.append(s).append('\n');
    }

    static void progress(String s) {
        System.err.println("[" + Instant.now().toString().substring(11, 19) + "] " + s);
    }

    // ------------------------------------------------------------------------------------------------ JSON

    @SuppressWarnings("unchecked")
    static Map<String, Object> page(Map<String, Object> answer) {
        Object p = answer.get("page");
        return p instanceof Map ? (Map<String, Object>) p : Map.of();
    }

    static long num(Object o) {
        return o instanceof BigDecimal b ? b.longValue() : 0;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String text) {
        Object v = new Json(text).value();
        if (!(v instanceof Map)) {
            throw new IllegalStateException("not a JSON object: " + abbreviate(text, 200));
        }
        return (Map<String, Object>) v;
    }

    /** Just enough JSON: objects, arrays, strings, numbers (BigDecimal), true, false, null. */
    static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            ws();
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    ws();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        ws();
                        String k = string();
                        ws();
                        expect(':');
                        m.put(k, value());
                        ws();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect('}');
                            return m;
                        }
                    }
                }
                case '[': {
                    i++;
                    List<Object> l = new ArrayList<>();
                    ws();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        l.add(value());
                        ws();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect(']');
                            return l;
                        }
                    }
                }
                case '"':
                    return string();
                case 't':
                    i += 4;
                    return Boolean.TRUE;
                case 'f':
                    i += 5;
                    return Boolean.FALSE;
                case 'n':
                    i += 4;
                    return null;
                default: {
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    return new BigDecimal(s.substring(start, i));
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalStateException("JSON: expected " + c + " at " + i);
            }
            i++;
        }
    }
}
