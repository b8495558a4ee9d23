package org.jixiao;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jixiao.sharedkernel.access.Role;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The access test harness every stage's web tests use to prove, endpoint by endpoint, that anonymous callers get
 * 401, every role that may not gets 403, and a caller outside the resource's subtree gets 403.
 * <p>
 * It creates, once per test JVM, a fixture tree and one account per role inside it, plus outsiders:
 * <pre>
 * 650000 新疆 (t-finance-province)
 *   650100 乌鲁木齐市
 *     650121 乌鲁木齐县 (t-finance, t-auditor, t-expert)
 *       TD-EDU 教育局 (t-department)
 *         TU-SCHOOL 第一中学 (t-unit)
 *       TU-DIRECT 档案馆 (a unit directly under the region)
 * 640000 宁夏 (t-finance-outside)
 *   TD-OUT > TU-OUT (t-unit-outside)
 * </pre>
 * Stages' own fixtures hang below these; use codes of your own to stay clear of other tests.
 */
public final class AccessHarness {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-test-pass";
    public static final String PASSWORD = "test-pass-1";

    /** The in-subtree account of each role (ADMIN is the administrator). */
    public static final Map<Role, String> INSIDE = new EnumMap<>(Map.of(
            Role.ADMIN, ADMIN, Role.FINANCE, "t-finance", Role.AUDITOR, "t-auditor", Role.EXPERT, "t-expert",
            Role.DEPARTMENT, "t-department", Role.UNIT, "t-unit"));

    private static boolean created;
    private static final AtomicInteger WRONG_LOGINS = new AtomicInteger();

    private final MockMvc mvc;

    private AccessHarness(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** The harness, with its fixture tree and accounts created on first use. */
    public static synchronized AccessHarness ready(MockMvc mvc) throws Exception {
        AccessHarness harness = new AccessHarness(mvc);
        if (!created) {
            harness.createFixtures();
            created = true;
        }
        return harness;
    }

    public RequestPostProcessor admin() {
        return httpBasic(ADMIN, ADMIN_PASSWORD);
    }

    public RequestPostProcessor as(String username) {
        return ADMIN.equals(username) ? admin() : httpBasic(username, PASSWORD);
    }

    /** The fixture account of this role inside 650121. */
    public RequestPostProcessor as(Role role) {
        return as(INSIDE.get(role));
    }

    /**
     * An access table: endpoint by endpoint, who is refused. Every row becomes one dynamic test per caller, so a
     * failure names its endpoint and caller and does not hide the others:
     * <pre>
     * return access.table()
     *         .endpoint("POST /targets", () -&gt; create(...)).anonymous().onlyRoles(UNIT, DEPARTMENT).refuses("t-unit-outside")
     *         .endpoint("GET /targets/{id}", () -&gt; get(...)).anonymous().refuses("t-finance-outside")
     *         .cases();
     * </pre>
     */
    public Table table() {
        return new Table();
    }

    /** The rows of an access table; see {@link #table()}. */
    public final class Table {

        private final List<DynamicTest> cases = new ArrayList<>();
        private String endpoint = "";
        private Supplier<MockHttpServletRequestBuilder> request = () -> {
            throw new IllegalStateException("name an endpoint first");
        };

        /** The next row: a name for reports and a fresh request each time it is sent. */
        public Table endpoint(String name, Supplier<MockHttpServletRequestBuilder> request) {
            this.endpoint = name;
            this.request = request;
            return this;
        }

        /** Anonymous and wrong-password callers get 401 problem details with a Basic challenge. */
        public Table anonymous() {
            Supplier<MockHttpServletRequestBuilder> row = request;
            add("anonymous → 401", () -> mvc.perform(row.get())
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", startsWith("Basic")))
                    .andExpect(jsonPath("$.type").value("urn:jixiao:problem:unauthorized")));
            // an account of its own each time: wrong passwords of one account would soon be throttled (429)
            add("a wrong password → 401", () -> mvc.perform(row.get()
                            .with(httpBasic("nobody-" + WRONG_LOGINS.incrementAndGet(), "wrong-password")))
                    .andExpect(status().isUnauthorized()));
            return this;
        }

        /** Every role not named (ADMIN is always allowed) gets 403, whatever the request carries. */
        public Table onlyRoles(Role... allowed) {
            for (Role role : Role.values()) {
                if (role != Role.ADMIN && !Arrays.asList(allowed).contains(role)) {
                    refused(role.name(), as(role));
                }
            }
            return this;
        }

        /** These callers get 403: outside the resource's subtree, or inside but not the ones who may act. */
        public Table refuses(String... usernames) {
            for (String username : usernames) {
                refused(username, as(username));
            }
            return this;
        }

        public Stream<DynamicTest> cases() {
            return cases.stream();
        }

        private void refused(String caller, RequestPostProcessor credentials) {
            Supplier<MockHttpServletRequestBuilder> row = request;
            add(caller + " → 403", () -> mvc.perform(row.get().with(credentials))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("urn:jixiao:problem:forbidden")));
        }

        private void add(String what, Executable check) {
            cases.add(DynamicTest.dynamicTest(endpoint + " as " + what, check));
        }
    }

    private void createFixtures() throws Exception {
        unit("650000", "新疆维吾尔自治区", "REGION", null);
        unit("650100", "乌鲁木齐市", "REGION", "650000");
        unit("650121", "乌鲁木齐县", "REGION", "650100");
        unit("TD-EDU", "乌鲁木齐县教育局", "DEPARTMENT", "650121");
        unit("TU-SCHOOL", "乌鲁木齐县第一中学", "UNIT", "TD-EDU");
        unit("TU-DIRECT", "乌鲁木齐县档案馆", "UNIT", "650121");
        unit("640000", "宁夏回族自治区", "REGION", null);
        unit("TD-OUT", "宁夏某厅", "DEPARTMENT", "640000");
        unit("TU-OUT", "宁夏某单位", "UNIT", "TD-OUT");
        account("t-finance-province", "FINANCE", "650000");
        account("t-finance", "FINANCE", "650121");
        account("t-auditor", "AUDITOR", "650121");
        account("t-expert", "EXPERT", "650121");
        account("t-department", "DEPARTMENT", "TD-EDU");
        account("t-unit", "UNIT", "TU-SCHOOL");
        account("t-finance-outside", "FINANCE", "640000");
        account("t-unit-outside", "UNIT", "TU-OUT");
    }

    private void unit(String code, String name, String kind, String parent) throws Exception {
        String parentJson = parent == null ? "null" : "\"" + parent + "\"";
        mvc.perform(post("/api/v1/org-units").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"%s\",\"name\":\"%s\",\"kind\":\"%s\",\"parentCode\":%s}"
                                .formatted(code, name, kind, parentJson)))
                .andExpect(status().isCreated());
    }

    private void account(String username, String role, String org) throws Exception {
        mvc.perform(post("/api/v1/accounts").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"password\":\"%s\",\"displayName\":\"%s\",\"role\":\"%s\",\"orgCode\":\"%s\"}"
                                .formatted(username, PASSWORD, username, role, org)))
                .andExpect(status().isCreated());
    }
}
