package org.jixiao.organisation;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jixiao.PlatformTest;
import org.jixiao.sharedkernel.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/**
 * Access can be revoked and changed, and every change takes effect on the very next request: disabling, moving,
 * new passwords, API tokens; failed logins are throttled and weak passwords refused.
 */
class AccountLifecycleWebTests extends PlatformTest {

    private static final String PASSWORD = "lifecycle-pass-1";

    @Autowired
    JdbcClient jdbc;

    private void createUnit(String username) throws Exception {
        mvc.perform(post("/api/v1/accounts").with(access.as(Role.FINANCE)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"password\":\"%s\",\"displayName\":\"%s\",\"role\":\"UNIT\",\"orgCode\":\"TU-SCHOOL\"}"
                                .formatted(username, PASSWORD, username)))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    @Test
    void disablingTakesEffectOnTheNextRequestAndEnablingRestores() throws Exception {
        createUnit("lc-disable");
        mvc.perform(get("/api/v1/accounts/lc-disable").with(httpBasic("lc-disable", PASSWORD))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/accounts/lc-disable/disable").with(access.as(Role.FINANCE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false))
                .andExpect(jsonPath("$.version").value(1)).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(get("/api/v1/accounts/lc-disable").with(httpBasic("lc-disable", PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/accounts/lc-disable/enable").with(access.as(Role.FINANCE)).header("If-Match", "\"0\""))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentState").value("DISABLED"));
        mvc.perform(post("/api/v1/accounts/lc-disable/enable").with(access.as(Role.FINANCE)).header("If-Match", "*"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(true));
        mvc.perform(get("/api/v1/accounts/lc-disable").with(httpBasic("lc-disable", PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void aChangeMadeStraightInTheDatabaseCountsToo() throws Exception {
        createUnit("lc-db");
        mvc.perform(get("/api/v1/org-units/TU-SCHOOL").with(httpBasic("lc-db", PASSWORD))).andExpect(status().isOk());
        jdbc.sql("UPDATE platform.account SET org_code = 'TU-DIRECT' WHERE username = 'lc-db'").update();
        mvc.perform(get("/api/v1/org-units/TU-SCHOOL").with(httpBasic("lc-db", PASSWORD))).andExpect(status().isForbidden());
        jdbc.sql("UPDATE platform.account SET enabled = FALSE WHERE username = 'lc-db'").update();
        mvc.perform(get("/api/v1/org-units/TU-DIRECT").with(httpBasic("lc-db", PASSWORD))).andExpect(status().isUnauthorized());
    }

    @Test
    void financeChangesRoleAndOrganisationWithinItsReach() throws Exception {
        createUnit("lc-move");
        String change = "{\"displayName\":\"改\",\"role\":\"UNIT\",\"orgCode\":\"TU-DIRECT\",\"version\":0}";
        mvc.perform(put("/api/v1/accounts/lc-move").with(access.as(Role.FINANCE)).contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isOk()).andExpect(jsonPath("$.orgCode").value("TU-DIRECT"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/api/v1/org-units/TU-SCHOOL").with(httpBasic("lc-move", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/org-units/TU-DIRECT").with(httpBasic("lc-move", PASSWORD))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/accounts/lc-move").with(access.as(Role.FINANCE)).contentType(MediaType.APPLICATION_JSON)
                .content(change)).andExpect(status().isConflict());
        mvc.perform(put("/api/v1/accounts/lc-move").with(access.as(Role.FINANCE)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"x\",\"role\":\"FINANCE\",\"orgCode\":\"650121\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/accounts/lc-move").with(access.as("t-finance-outside")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"x\",\"role\":\"UNIT\",\"orgCode\":\"TU-OUT\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/accounts/t-finance").with(access.as(Role.FINANCE)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"x\",\"role\":\"UNIT\",\"orgCode\":\"TU-SCHOOL\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value("无权管理此账户"));
        mvc.perform(put("/api/v1/accounts/nobody-here").with(access.as(Role.FINANCE)).contentType(MediaType.APPLICATION_JSON)
                .content(change)).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/accounts/lc-move").with(access.as(Role.UNIT)).contentType(MediaType.APPLICATION_JSON)
                .content(change)).andExpect(status().isForbidden());
    }

    @Test
    void ownPasswordWithTheCurrentOneAndResetByFinance() throws Exception {
        createUnit("lc-pass");
        mvc.perform(put("/api/v1/accounts/lc-pass/password").with(httpBasic("lc-pass", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"currentPassword\":\"wrong-one-9\",\"newPassword\":\"brand-new-pass-2\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
        mvc.perform(put("/api/v1/accounts/lc-pass/password").with(httpBasic("lc-pass", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"currentPassword\":\"%s\",\"newPassword\":\"12345678\"}".formatted(PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("newPassword"));
        mvc.perform(put("/api/v1/accounts/lc-pass/password").with(httpBasic("lc-pass", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"currentPassword\":\"%s\",\"newPassword\":\"brand-new-pass-2\"}".formatted(PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/api/v1/accounts/lc-pass").with(httpBasic("lc-pass", PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/accounts/lc-pass").with(httpBasic("lc-pass", "brand-new-pass-2"))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/accounts/lc-pass/password").with(access.as(Role.FINANCE))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"newPassword\":\"reset-by-finance-3\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/accounts/lc-pass").with(httpBasic("lc-pass", "brand-new-pass-2"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/accounts/lc-pass").with(httpBasic("lc-pass", "reset-by-finance-3"))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/accounts/t-finance/password").with(access.as(Role.DEPARTMENT))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"newPassword\":\"reset-by-finance-3\"}"))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "aaaaaaaa", "lc-weak-user", "password123", "qwertyuiop"})
    void weakPasswordsAreRefused(String password) throws Exception {
        mvc.perform(post("/api/v1/accounts").with(access.as(Role.FINANCE)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"lc-weak-user\",\"password\":\"%s\",\"displayName\":\"w\",\"role\":\"UNIT\",\"orgCode\":\"TU-SCHOOL\"}"
                                .formatted(password)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("password"));
    }

    @Test
    void namesThatDifferOnlyInCaseAreTheSameName() throws Exception {
        mvc.perform(post("/api/v1/accounts").with(access.as(Role.FINANCE)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"T-FINANCE\",\"password\":\"%s\",\"displayName\":\"x\",\"role\":\"UNIT\",\"orgCode\":\"TU-SCHOOL\"}"
                                .formatted(PASSWORD)))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/org-units").with(access.as(Role.FINANCE)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"tu-school\",\"name\":\"x\",\"kind\":\"UNIT\",\"parentCode\":\"TD-EDU\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void failedLoginsArePerAccountThrottledWith429AndRetryAfter() throws Exception {
        createUnit("lc-throttle");
        for (int i = 0; i < 6; i++) {
            mvc.perform(get("/api/v1/accounts/lc-throttle").with(httpBasic("lc-throttle", "guess-" + i)).with(from("10.1.1.1")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/accounts/lc-throttle").with(httpBasic("lc-throttle", "guess-x")).with(from("10.1.1.2")))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.type").value("urn:jixiao:problem:too-many-requests"));
    }

    @Test
    void apiTokensActAsTheirAccountAreListedWithoutSecretAndCanBeRevoked() throws Exception {
        createUnit("lc-token");
        String body = mvc.perform(post("/api/v1/accounts/lc-token/tokens").with(access.as(Role.FINANCE))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"部门系统\",\"validDays\":30}"))
                .andExpect(status().isCreated()).andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Location", startsWith("/api/v1/accounts/lc-token/tokens/")))
                .andExpect(jsonPath("$.token").value(startsWith("jxt_")))
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(body, "$.token");
        String id = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/v1/org-units/TU-SCHOOL").with(bearer(token))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/org-units/TU-DIRECT").with(bearer(token))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/accounts/lc-token/tokens").with(bearer(token)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].token").doesNotExist())
                .andExpect(jsonPath("$.content[0].prefix").value(token.substring(0, 10)))
                .andExpect(jsonPath("$.content[0].active").value(true));
        mvc.perform(post("/api/v1/accounts/lc-token/tokens").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"self\"}")).andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/accounts/lc-token/disable").with(access.as(Role.FINANCE))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/org-units/TU-SCHOOL").with(bearer(token))).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/accounts/lc-token/enable").with(access.as(Role.FINANCE))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/org-units/TU-SCHOOL").with(bearer(token))).andExpect(status().isOk());

        mvc.perform(delete("/api/v1/accounts/lc-token/tokens/" + id).with(access.as(Role.FINANCE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.revokedBy").value("t-finance"));
        mvc.perform(get("/api/v1/org-units/TU-SCHOOL").with(bearer(token))).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:jixiao:problem:unauthorized"));
        mvc.perform(delete("/api/v1/accounts/lc-token/tokens/00000000-0000-4000-8000-000000000000").with(access.as(Role.FINANCE)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anExpiredOrMalformedTokenIsA401() throws Exception {
        createUnit("lc-expiry");
        String token = JsonPath.read(mvc.perform(post("/api/v1/accounts/lc-expiry/tokens").with(access.admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"short-lived\",\"validDays\":1}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.token");
        mvc.perform(get("/api/v1/accounts/lc-expiry").with(bearer(token))).andExpect(status().isOk());
        jdbc.sql("UPDATE platform.api_token SET expires_at = now() - interval '1 second' WHERE username = 'lc-expiry'").update();
        mvc.perform(get("/api/v1/accounts/lc-expiry").with(bearer(token))).andExpect(status().isUnauthorized());
        for (String bad : new String[] {"x", "jxt_short", token + "x", "jxt_" + "A".repeat(43)}) {
            mvc.perform(get("/api/v1/accounts/lc-expiry").with(bearer(bad))).andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/api/v1/accounts/lc-expiry/tokens").with(access.admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"too long\",\"validDays\":367}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("validDays"));
    }

    @Test
    void orgUnitsCarryAVersionAndOnlyTheirNameChanges() throws Exception {
        mvc.perform(get("/api/v1/org-units/TU-DIRECT").with(access.as(Role.FINANCE)))
                .andExpect(status().isOk()).andExpect(header().exists("ETag")).andExpect(jsonPath("$.version").isNumber());
        mvc.perform(put("/api/v1/org-units/TU-OUT").with(access.as(Role.FINANCE)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"x\"}")).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/org-units/TU-DIRECT").with(access.as(Role.UNIT)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"x\"}")).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/org-units/TU-DIRECT").with(access.as(Role.FINANCE)).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"999\"").content("{\"name\":\"x\"}")).andExpect(status().isConflict());
        mvc.perform(put("/api/v1/org-units/TU-DIRECT").with(access.as(Role.FINANCE)).contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "\"not-a-version\"").content("{\"name\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        String version = JsonPath.read(mvc.perform(get("/api/v1/org-units/TU-DIRECT").with(access.as(Role.FINANCE)))
                .andReturn().getResponse().getContentAsString(), "$.version").toString();
        mvc.perform(put("/api/v1/org-units/TU-DIRECT").with(access.as(Role.FINANCE)).contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "W/\"" + version + "\"").content("{\"name\":\"乌鲁木齐县档案馆\"}"))
                .andExpect(status().isConflict()); // a weak tag never matches
        mvc.perform(put("/api/v1/org-units/TU-DIRECT").with(access.as(Role.FINANCE)).contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "\"" + version + "\"").content("{\"name\":\"乌鲁木齐县档案馆\",\"version\":999}"))
                .andExpect(status().isConflict()); // header and body disagree: one of them is stale
        mvc.perform(put("/api/v1/org-units/TU-DIRECT").with(access.as(Role.FINANCE)).contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "\"" + version + "\"").content("{\"name\":\"乌鲁木齐县档案馆\",\"version\":" + version + "}"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"" + (Long.parseLong(version) + 1) + "\""));
    }
}
