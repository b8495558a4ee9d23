package org.jixiao.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jixiao.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The low-severity trust findings: cross-site state changes, CSP, what anonymous callers learn, a lost database. */
class TrustHeadersTests extends PlatformTest {

    private static final String VALID = """
            {"name": "ok", "colour": "RED", "amount": 1, "count": 3}""";

    private MockHttpServletRequestBuilder change() {
        return post("/test/problems").with(access.admin()).contentType(MediaType.APPLICATION_JSON).content(VALID);
    }

    @Test
    void aStateChangeFromAPageOfAnotherSiteIsRefused() throws Exception {
        mvc.perform(change().header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.type").value("urn:jixiao:problem:forbidden"));
        mvc.perform(change().header("Sec-Fetch-Site", "same-site")).andExpect(status().isForbidden());
        mvc.perform(change().header("Origin", "https://evil.example")).andExpect(status().isForbidden());
        mvc.perform(change().header("Origin", "null")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/targets/00000000-0000-4000-8000-000000000000/submit").with(access.admin())
                .header("Origin", "https://evil.example")).andExpect(status().isForbidden());
    }

    @Test
    void ownPagesAndClientsWithoutBrowserHeadersKeepWorking() throws Exception {
        mvc.perform(change()).andExpect(status().isCreated());
        mvc.perform(change().header("Sec-Fetch-Site", "same-origin")).andExpect(status().isCreated());
        mvc.perform(change().header("Sec-Fetch-Site", "none")).andExpect(status().isCreated());
        mvc.perform(change().header("Origin", "http://localhost")).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/enums").with(access.admin()).header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isOk());
    }

    @Test
    void everyAnswerCarriesAContentSecurityPolicy() throws Exception {
        mvc.perform(get("/api/v1/enums").with(access.admin()))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")));
        mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
    }

    @Test
    void anonymousInfoDoesNotNameTheJvmBuild() throws Exception {
        mvc.perform(get("/actuator/info")).andExpect(status().isOk()).andExpect(jsonPath("$.java").doesNotExist());
    }

    @Test
    void aDatabaseThatCannotBeReachedIsA503WithRetryAfter() throws Exception {
        mvc.perform(get("/test/problems/database-down").with(access.admin()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.type").value("urn:jixiao:problem:unavailable"))
                .andExpect(jsonPath("$.detail").value("数据库暂时无法访问，请稍后重试"));
    }

    @Test
    void aStatementCancelledByTheStatementTimeoutIsA503WithRetryAfter() throws Exception {
        mvc.perform(get("/test/problems/statement-timeout").with(access.admin()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.type").value("urn:jixiao:problem:unavailable"));
    }

    @Test
    void everyConnectionOfThePoolCarriesTheStatementTimeout(@Autowired JdbcTemplate jdbc) {
        assertThat(jdbc.queryForObject("SHOW statement_timeout", String.class)).isEqualTo("15s");
    }
}
