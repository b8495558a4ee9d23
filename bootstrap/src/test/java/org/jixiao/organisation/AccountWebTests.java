package org.jixiao.organisation;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;

import org.jixiao.PlatformTest;
import org.jixiao.sharedkernel.access.Role;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class AccountWebTests extends PlatformTest {

    private static MockHttpServletRequestBuilder create(String username, String password, String role, String org) {
        return post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"%s\",\"password\":\"%s\",\"displayName\":\"测试 %s\",\"role\":\"%s\",\"orgCode\":%s}"
                        .formatted(username, password, username, role, org == null ? "null" : "\"" + org + "\""));
    }

    @Test
    void financeCreatesAUnitAccountThatCanLogIn() throws Exception {
        mvc.perform(create("aw-unit", "secret-password", "UNIT", "TU-SCHOOL").with(access.as(Role.FINANCE)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/accounts/aw-unit"))
                .andExpect(jsonPath("$.role").value("UNIT"))
                .andExpect(jsonPath("$.orgCode").value("TU-SCHOOL"))
                .andExpect(jsonPath("$.password").doesNotExist())
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
        mvc.perform(get("/api/v1/accounts/aw-unit").with(httpBasic("aw-unit", "secret-password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("测试 aw-unit"));
        mvc.perform(get("/api/v1/org-units/TU-SCHOOL").with(httpBasic("aw-unit", "secret-password")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/accounts/aw-unit").with(httpBasic("AW-UNIT", "secret-password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void financeMayNotCreateFinanceOrAdminAccounts() throws Exception {
        mvc.perform(create("aw-fin", "secret-password", "FINANCE", "650121").with(access.as(Role.FINANCE)))
                .andExpect(status().isForbidden());
        mvc.perform(create("aw-admin", "secret-password", "ADMIN", null).with(access.as(Role.FINANCE)))
                .andExpect(status().isForbidden());
        mvc.perform(create("aw-fin2", "secret-password", "FINANCE", "650121").with(access.admin()))
                .andExpect(status().isCreated());
        mvc.perform(create("aw-admin2", "secret-password", "ADMIN", null).with(access.admin()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.orgCode").doesNotExist());
    }

    @Test
    void invalidAccountsNameTheField() throws Exception {
        mvc.perform(create("aw-short", "short", "UNIT", "TU-SCHOOL").with(access.admin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(create("aw-kind", "secret-password", "UNIT", "650121").with(access.admin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("orgCode"));
        mvc.perform(create("aw-noorg", "secret-password", "DEPARTMENT", null).with(access.admin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("orgCode"));
        mvc.perform(create("aw role", "secret-password", "UNIT", "TU-SCHOOL").with(access.admin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("username"));
        mvc.perform(create("aw-role", "secret-password", "MAYOR", "TU-SCHOOL").with(access.admin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("role"));
        mvc.perform(create("t-unit", "secret-password", "UNIT", "TU-SCHOOL").with(access.admin()))
                .andExpect(status().isConflict());
    }

    @Test
    void aPasswordLongerThanBcryptHoldsIsInvalidInputNotAServerError() throws Exception {
        String chinese24 = "预算绩效管理信息系统".repeat(2) + "绩效目标";   // 24 characters, 72 bytes
        mvc.perform(create("aw-cn24", chinese24, "UNIT", "TU-SCHOOL").with(access.admin()))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/accounts/aw-cn24").with(httpBasic("aw-cn24", chinese24))).andExpect(status().isOk());
        mvc.perform(create("aw-cn25", chinese24 + "值", "UNIT", "TU-SCHOOL").with(access.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
    }

    @Test
    void anAdministratorBoundToAnOrganisationStillActsEverywhere() throws Exception {
        mvc.perform(create("aw-admin-county", "secret-password", "ADMIN", "650121").with(access.admin()))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/org-units/TU-OUT").with(httpBasic("aw-admin-county", "secret-password")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/accounts/t-unit-outside").with(httpBasic("aw-admin-county", "secret-password")))
                .andExpect(status().isOk());
    }

    @TestFactory
    Stream<DynamicTest> accessRules() {
        return access.table()
                .endpoint("POST /accounts", () -> create("aw-x", "secret-password", "UNIT", "TU-SCHOOL"))
                .anonymous().onlyRoles(Role.FINANCE).refuses("t-finance-outside")
                .endpoint("GET /accounts", () -> get("/api/v1/accounts")).onlyRoles(Role.FINANCE, Role.AUDITOR)
                .endpoint("GET /accounts/t-unit", () -> get("/api/v1/accounts/t-unit")).refuses("t-finance-outside")
                .endpoint("GET /accounts/t-department", () -> get("/api/v1/accounts/t-department")).refuses("t-unit")
                .cases();
    }

    @Test
    void whatACallerSeesOfAccounts() throws Exception {
        mvc.perform(get("/api/v1/accounts/t-unit").with(access.as(Role.FINANCE))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/accounts/no-such").with(access.as(Role.FINANCE))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/accounts/no-such").with(access.as(Role.UNIT))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/accounts/t-unit").with(access.as(Role.UNIT))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/accounts?size=500").with(access.as(Role.FINANCE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].username").value(hasItem("t-unit")))
                .andExpect(jsonPath("$.content[*].username").value(not(hasItem("t-unit-outside"))));
        mvc.perform(get("/api/v1/accounts?orgCode=650000").with(access.as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(get("/api/v1/accounts?orgCode=640000").with(access.as(Role.AUDITOR)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/accounts?orgCode=TD-EDU").with(access.as(Role.AUDITOR)))
                .andExpect(jsonPath("$.content[*].username").value(hasItem("t-department")));
    }
}
