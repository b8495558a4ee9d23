import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The evaluation benchmark (bench/evaluation.sh): 70,000 self-evaluations of 2032 under 650000 loaded as unscored
 * drafts. Rescores the province three times through the API (first scores; new grade bands; new block points),
 * timing each and sampling the service's resident memory; files every draft again one by one through
 * PUT /api/v1/evaluations/self/{targetId} (the filing path, as ADMIN) and compares its score, execution score and
 * every breakdown line with what the rescore stored; submits them all (set-based SQL, as the units would have),
 * publishes the province through the API and times the summary and the public list. Goals (issue): a rescore
 * under 15 s, every score identical, memory flat, every read ≤ 20 ms.
 */
public class EvaluationBench {

    static final int YEAR = 2032;
    static final String PROVINCE = "finance-xj";
    static final String COUNTY = "finance-county";
    static final double RESCORE_GOAL_MS = 15_000, READ_GOAL_MS = 20;
    static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:Admin@2026".getBytes(StandardCharsets.UTF_8));

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java -cp postgresql.jar:<classes> EvaluationBench <baseUrl> <jdbcUrl> <servicePid>");
            System.exit(2);
        }
        ProvinceBench.base = args[0].replaceAll("/$", "");
        ProvinceBench.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ProvinceBench.jdbcUrl = args[1];
        ProvinceBench.db = DriverManager.getConnection(args[1]);
        try {
            run(Long.parseLong(args[2]));
        } catch (Exception e) {
            System.out.println(ProvinceBench.report);
            System.out.println("RUN FAILED: " + e);
            e.printStackTrace();
            System.exit(1);
        }
        MonitoringBench.line("load average at the end: " + ProvinceBench.loadAverage());
        System.out.println();
        System.out.println("=".repeat(100));
        System.out.print(ProvinceBench.report);
        System.out.println("=".repeat(100));
    }

    static void run(long pid) throws Exception {
        MonitoringBench.line("Evaluation benchmark: " + System.getenv().getOrDefault("BENCH_LOAD_INFO", "").replace("\\n", "\n"));
        MonitoringBench.line("self-evaluations " + YEAR + " under 650000: " + ProvinceBench.scalar(
                "SELECT count(*) FROM evaluation.self_evaluation WHERE fiscal_year = " + YEAR) + ", their indicators: "
                + ProvinceBench.scalar("SELECT count(*) FROM evaluation.self_indicator i JOIN evaluation.self_evaluation e "
                + "USING (target_id) WHERE e.fiscal_year = " + YEAR));
        MonitoringBench.line("");

        rescore("first scores (the drafts were loaded unscored)", pid);
        setRule("evaluation.gradeBands", "{\"value\": {\"EXCELLENT\": 85, \"GOOD\": 75, \"FAIR\": 60}}");
        rescore("after new grade bands 85/75/60 for 650000", pid);
        setRule("evaluation.blockPoints", "{\"value\": {\"EXECUTION\": 20, \"OUTPUT\": 40, \"BENEFIT\": 30, \"SATISFACTION\": 10}}");
        rescore("after new block points 20/40/30/10 for 650000", pid);
        MonitoringBench.line("");

        compare();
        MonitoringBench.line("");

        long t0 = System.nanoTime();
        int submitted;
        try (Statement st = ProvinceBench.db.createStatement()) {
            submitted = st.executeUpdate("UPDATE evaluation.self_evaluation SET status = 'SUBMITTED', submitted_at = now(), "
                    + "effective_score = self_score, effective_grade = self_grade, scored_by = 'SELF', version = version + 1 "
                    + "WHERE fiscal_year = " + YEAR);
        }
        MonitoringBench.line("submitted " + submitted + " self-evaluations in one SQL statement, totals kept by the triggers: "
                + ProvinceBench.ms(System.nanoTime() - t0) + " (the bench's own step: units submit one by one)");
        ProvinceBench.Response published = ProvinceBench.send("POST", "/api/v1/evaluations/publish", PROVINCE,
                "{\"fiscalYear\": " + YEAR + ", \"regionCode\": \"650000\"}", null);
        MonitoringBench.require(published, 200, "publish");
        MonitoringBench.line("publish 650000 through the API: " + ProvinceBench.json(published.body()).get("published")
                + " published in " + ProvinceBench.ms(published.nanos()));
        MonitoringBench.line("");
        reads();
    }

    static void setRule(String key, String body) throws Exception {
        ProvinceBench.Response r = ProvinceBench.send("PUT", "/api/v1/rules/650000/" + YEAR + "/" + key, PROVINCE, body, null);
        MonitoringBench.require(r, 200, "set " + key);
    }

    /** One rescore of 650000 through the API, polled until done, with the service's resident memory sampled. */
    static void rescore(String what, long pid) throws Exception {
        MonitoringBench.progress("rescore: " + what);
        long before = rss(pid);
        long t0 = System.nanoTime();
        ProvinceBench.Response started = ProvinceBench.send("POST", "/api/v1/evaluations/rescore", PROVINCE,
                "{\"fiscalYear\": " + YEAR + ", \"regionCode\": \"650000\"}", null);
        MonitoringBench.require(started, 202, "rescore");
        String job = (String) ProvinceBench.json(started.body()).get("id");
        long peak = before;
        Map<String, Object> view;
        while (true) {
            Thread.sleep(50);
            peak = Math.max(peak, rss(pid));
            ProvinceBench.Response r = ProvinceBench.get("/api/v1/evaluations/rescore/" + job, PROVINCE);
            MonitoringBench.require(r, 200, "rescore progress");
            view = ProvinceBench.json(r.body());
            if (!"RUNNING".equals(view.get("status"))) {
                break;
            }
        }
        long elapsed = System.nanoTime() - t0;
        if (!"DONE".equals(view.get("status"))) {
            throw new IllegalStateException("rescore " + view.get("status") + ": " + view.get("failure"));
        }
        MonitoringBench.line(String.format("rescore %s: %s read, %s rescored, %s changed in %s (goal < %.0f s: %s); "
                        + "service RSS %d MB before, peak %d MB during, %d MB after", what, view.get("read"),
                view.get("rescored"), view.get("changed"), ProvinceBench.ms(elapsed), RESCORE_GOAL_MS / 1000,
                MonitoringBench.verdict(elapsed / 1e6 < RESCORE_GOAL_MS), before / 1024, peak / 1024, rss(pid) / 1024));
    }

    /** The service's resident set in KB, from /proc. */
    static long rss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return 0;
    }

    record Stored(String score, String execution, List<String> lines, String body) {
    }

    /**
     * Every draft filed again through the API with the inputs it holds; the answer's score, execution score and
     * every line's score must be what the rescore stored.
     */
    static void compare() throws Exception {
        MonitoringBench.progress("reading the stored scores and the inputs");
        Map<UUID, Stored> stored = new HashMap<>();
        try (Connection c = DriverManager.getConnection(ProvinceBench.jdbcUrl); Statement st = c.createStatement()) {
            st.setFetchSize(5000);
            c.setAutoCommit(false);
            try (ResultSet rs = st.executeQuery("""
                    SELECT e.target_id, e.self_score, e.execution_score, e.budget_amount, e.executed_amount,
                           e.line_scores AS scores,
                           json_agg(json_build_object('indicatorId', i.indicator_id, 'actualValue',
                               CASE WHEN i.operator = 'QUALITATIVE' THEN NULL ELSE i.actual_value END,
                               'achievement', i.achievement, 'score', i.percent) ORDER BY i.position) AS inputs
                    FROM evaluation.self_evaluation e JOIN evaluation.self_indicator i USING (target_id)
                    WHERE e.fiscal_year = 2032 GROUP BY e.target_id""")) {
                while (rs.next()) {
                    List<String> lines = new ArrayList<>();
                    for (Object score : (Object[]) rs.getArray("scores").getArray()) {
                        lines.add(((BigDecimal) score).toPlainString());
                    }
                    String body = "{\"budgetAmount\": " + rs.getBigDecimal("budget_amount").toPlainString()
                            + ", \"executedAmount\": " + rs.getBigDecimal("executed_amount").toPlainString()
                            + ", \"indicators\": " + rs.getString("inputs") + "}";
                    stored.put(rs.getObject("target_id", UUID.class), new Stored(rs.getBigDecimal("self_score").toPlainString(),
                            rs.getBigDecimal("execution_score").toPlainString(), lines, body));
                }
            }
        }
        MonitoringBench.progress("filing " + stored.size() + " drafts again one by one");
        AtomicLong differ = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<String> examples = java.util.Collections.synchronizedList(new ArrayList<>());
        ProvinceBench.Samples latency = new ProvinceBench.Samples();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (Map.Entry<UUID, Stored> e : stored.entrySet()) {
            done.add(pool.submit(() -> {
                long s0 = System.nanoTime();
                HttpRequest request = HttpRequest.newBuilder(URI.create(ProvinceBench.base + "/api/v1/evaluations/self/" + e.getKey()))
                        .timeout(Duration.ofSeconds(60)).header("Authorization", ADMIN)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(e.getValue().body(), StandardCharsets.UTF_8)).build();
                HttpResponse<String> response = ProvinceBench.http.send(request, HttpResponse.BodyHandlers.ofString());
                latency.add(System.nanoTime() - s0);
                if (response.statusCode() != 200) {
                    if (failed.incrementAndGet() <= 3) {
                        examples.add(e.getKey() + ": HTTP " + response.statusCode() + " " + ProvinceBench.abbreviate(response.body(), 300));
                    }
                    return null;
                }
                Map<String, Object> view = ProvinceBench.json(response.body());
                List<String> lines = new ArrayList<>();
                for (Object line : (List<?>) view.get("breakdown")) {
                    lines.add(((BigDecimal) ((Map<?, ?>) line).get("score")).setScale(2).toPlainString());
                }
                String score = ((BigDecimal) view.get("score")).setScale(2).toPlainString();
                String execution = ((BigDecimal) view.get("executionScore")).setScale(2).toPlainString();
                Stored s = e.getValue();
                if (!score.equals(s.score()) || !execution.equals(s.execution()) || !lines.equals(s.lines())) {
                    if (differ.incrementAndGet() <= 3) {
                        examples.add(e.getKey() + ": filed " + score + " " + execution + " " + lines + ", rescored "
                                + s.score() + " " + s.execution() + " " + s.lines());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        MonitoringBench.line(String.format("%d drafts filed again one by one through the API (4 clients, median %s): %d differ "
                        + "from the rescore, %d failed (goal 0: %s) in %s", stored.size(), ProvinceBench.ms(latency.median()),
                differ.get(), failed.get(), MonitoringBench.verdict(differ.get() == 0 && failed.get() == 0),
                ProvinceBench.ms(System.nanoTime() - t0)));
        examples.forEach(x -> MonitoringBench.line("  " + x));
    }

    static void reads() throws Exception {
        String summary = "/api/v1/evaluations/summary?fiscalYear=" + YEAR + "&regionCode=";
        MonitoringBench.read("summary 650000, province (" + PROVINCE + ")", summary + "650000", PROVINCE);
        MonitoringBench.read("summary 650000, threshold 85.5", summary + "650000&threshold=85.5", PROVINCE);
        MonitoringBench.read("summary 650100, a prefecture", summary + "650100", PROVINCE);
        MonitoringBench.read("summary 650121, county (" + COUNTY + ")", summary + "650121", COUNTY);
        MonitoringBench.read("summary 650121, a department (dept-edu, from its rows)", summary + "650121", "dept-edu");
        String list = "/api/v1/public/evaluations?fiscalYear=" + YEAR + "&regionCode=650000&size=50";
        MonitoringBench.read("public list page 0, province (anonymous)", list + "&page=0", null);
        MonitoringBench.read("public list page 0, county (anonymous)",
                "/api/v1/public/evaluations?fiscalYear=" + YEAR + "&regionCode=650121&size=50&page=0", null);
        MonitoringBench.read("public list page 199 (the deepest offset page), province", list + "&page=199", null);
        ProvinceBench.Response deep = ProvinceBench.get(list + "&page=199", null);
        MonitoringBench.require(deep, 200, "deep page");
        Object next = ProvinceBench.page(ProvinceBench.json(deep.body())).get("next");
        if (next instanceof String cursor) {
            MonitoringBench.read("public list after the cursor of page 199, province", list + "&after=" + ProvinceBench.enc(cursor), null);
        }
        MonitoringBench.line("published evaluations listed: " + ProvinceBench.page(ProvinceBench.json(deep.body())).get("totalElements"));
    }
}
