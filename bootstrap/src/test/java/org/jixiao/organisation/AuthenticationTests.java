package org.jixiao.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jixiao.PlatformTest;
import org.jixiao.sharedkernel.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class AuthenticationTests extends PlatformTest {

    @Test
    void anonymousPathsAreExactlyTheContractsOnes() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/info")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/enums")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/org-units")).andExpect(status().isUnauthorized());
    }

    @Test
    void unauthenticatedIsAProblemInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/org-units/650121"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("未认证"));
        mvc.perform(get("/api/v1/org-units/650121").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.title").value("Unauthorized"));
    }

    @Test
    void theRoleIsCheckedBeforeTheBodyIsRead() throws Exception {
        mvc.perform(post("/api/v1/org-units").with(access.as(Role.UNIT)).contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("无权访问"));
    }

    @Test
    void noCsrfTokenIsNeededForTheStatelessApi() throws Exception {
        mvc.perform(post("/api/v1/org-units").with(access.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"AT-D1\",\"name\":\"部门\",\"kind\":\"DEPARTMENT\",\"parentCode\":\"650121\"}"))
                .andExpect(status().isCreated())
                .andExpect(result -> assertThat(result.getResponse().getHeader("Set-Cookie")).isNull());
    }

    @Test
    void metricsAreForTheAdministrator() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(access.as(Role.FINANCE))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:jixiao:problem:forbidden"));
        mvc.perform(get("/actuator/prometheus").with(access.admin())).andExpect(status().isOk());
    }
}
