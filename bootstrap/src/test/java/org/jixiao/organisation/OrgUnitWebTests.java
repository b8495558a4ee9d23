package org.jixiao.organisation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
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

class OrgUnitWebTests extends PlatformTest {

    private static MockHttpServletRequestBuilder create(String code, String kind, String parent) {
        return post("/api/v1/org-units").contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"%s\",\"name\":\"测试机构 %s\",\"kind\":\"%s\",\"parentCode\":\"%s\"}"
                        .formatted(code, code, kind, parent));
    }

    @Test
    void financeCreatesDepartmentsAndUnitsInsideItsRegion() throws Exception {
        mvc.perform(create("OW-D1", "DEPARTMENT", "650121").with(access.as(Role.FINANCE)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/org-units/OW-D1"))
                .andExpect(jsonPath("$.path").value("/650000/650100/650121/OW-D1/"))
                .andExpect(jsonPath("$.regionCode").value("650121"));
        mvc.perform(create("OW-U1", "UNIT", "OW-D1").with(access.as(Role.FINANCE)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.departmentCode").value("OW-D1"))
                .andExpect(jsonPath("$.kind").value("UNIT"));
        mvc.perform(get("/api/v1/org-units/OW-U1").with(access.as(Role.FINANCE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("测试机构 OW-U1"))
                .andExpect(jsonPath("$.parentCode").value("OW-D1"));
    }

    @Test
    void aProvinceFinanceMayCreateARegionBelowIt() throws Exception {
        mvc.perform(create("650200", "REGION", "650000").with(access.as("t-finance-province")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.path").value("/650000/650200/"));
    }

    @Test
    void onlyAdminCreatesATopLevelRegion() throws Exception {
        String body = "{\"code\":\"630000\",\"name\":\"青海省\",\"kind\":\"REGION\"}";
        mvc.perform(post("/api/v1/org-units").with(access.as(Role.FINANCE)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/org-units").with(access.admin()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
    }

    @Test
    void invalidInputNamesTheField() throws Exception {
        mvc.perform(post("/api/v1/org-units").with(access.admin()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("code")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("kind")));
        mvc.perform(create("OW-BAD", "COUNTY", "650121").with(access.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(create("65012", "REGION", "650100").with(access.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(create("OW-D9", "DEPARTMENT", "TD-EDU").with(access.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentCode"))
                .andExpect(jsonPath("$.errors[0].message").value("主管部门的上级必须是行政区划"));
        mvc.perform(create("OW-D8", "DEPARTMENT", "NO-SUCH").with(access.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentCode"));
    }

    @Test
    void aDuplicateCodeIsAConflict() throws Exception {
        mvc.perform(create("TU-SCHOOL", "UNIT", "TD-EDU").with(access.admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:jixiao:problem:conflict"));
    }

    @TestFactory
    Stream<DynamicTest> accessRules() {
        return access.table()
                .endpoint("GET /org-units/650121", () -> get("/api/v1/org-units/650121"))
                .anonymous().refuses("t-finance-outside")
                .endpoint("POST /org-units", () -> create("OW-X", "UNIT", "650121"))
                .anonymous().onlyRoles(Role.FINANCE).refuses("t-finance-outside")
                .endpoint("GET /org-units/TD-EDU", () -> get("/api/v1/org-units/TD-EDU")).refuses("t-unit")
                .cases();
    }

    @Test
    void whatACallerSeesOfTheTree() throws Exception {
        mvc.perform(get("/api/v1/org-units?parentCode=NO-SUCH-UNIT").with(access.as(Role.FINANCE)))
                .andExpect(status().isForbidden()); // unknown reveals no more than outside
        mvc.perform(get("/api/v1/org-units?parentCode=not%20a%20code").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("parentCode"));
        mvc.perform(get("/api/v1/accounts?orgCode=NO-SUCH-UNIT").with(access.as(Role.FINANCE)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/org-units/NO-SUCH").with(access.as(Role.UNIT))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/org-units/TU-SCHOOL").with(access.as(Role.UNIT))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/org-units/TU-SCHOOL").with(access.as(Role.DEPARTMENT))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/org-units/TU-SCHOOL").with(access.as(Role.AUDITOR))).andExpect(status().isOk());
    }

    @Test
    void anUnderscoreInACodeIsNoWildcard() throws Exception {
        mvc.perform(create("OW_Q", "DEPARTMENT", "650121").with(access.admin())).andExpect(status().isCreated());
        mvc.perform(create("OWAQ", "DEPARTMENT", "650121").with(access.admin())).andExpect(status().isCreated());
        mvc.perform(create("OWAQ-U", "UNIT", "OWAQ").with(access.admin())).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/accounts").with(access.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"ow-dept-q\",\"password\":\"test-pass-1\",\"displayName\":\"q\","
                                + "\"role\":\"DEPARTMENT\",\"orgCode\":\"OW_Q\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/org-units?size=500").with(access.as("ow-dept-q")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].code").value(hasItem("OW_Q")))
                .andExpect(jsonPath("$.content[*].code").value(not(hasItem("OWAQ"))))
                .andExpect(jsonPath("$.content[*].code").value(not(hasItem("OWAQ-U"))));
    }

    @Test
    void listsAreLimitedToTheCallersSubtree() throws Exception {
        mvc.perform(get("/api/v1/org-units?size=500").with(access.as(Role.DEPARTMENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].path").value(everyItem(startsWith("/650000/650100/650121/TD-EDU/"))))
                .andExpect(jsonPath("$.content[*].code").value(hasItem("TU-SCHOOL")));
        mvc.perform(get("/api/v1/org-units?parentCode=650121&size=500").with(access.as(Role.FINANCE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].parentCode").value(everyItem(is("650121"))))
                .andExpect(jsonPath("$.content[*].code").value(hasItem("TU-DIRECT")))
                .andExpect(jsonPath("$.content[*].code").value(not(hasItem("TU-SCHOOL"))));
        mvc.perform(get("/api/v1/org-units?parentCode=640000").with(access.as(Role.FINANCE)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/org-units?parentCode=650121&size=500").with(access.as(Role.DEPARTMENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].code").value(contains("TD-EDU")));
        mvc.perform(get("/api/v1/org-units?size=501").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/org-units?size=500").with(access.admin()))
                .andExpect(jsonPath("$.content[*].code").value(hasItem("TU-OUT")));
    }
}
