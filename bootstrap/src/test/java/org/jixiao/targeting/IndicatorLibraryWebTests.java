package org.jixiao.targeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jixiao.PlatformTest;
import org.jixiao.sharedkernel.access.Role;
import org.jixiao.targeting.events.Level2;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

class IndicatorLibraryWebTests extends PlatformTest {

    static final String QUANTITY = "7d0e1c2a-0001-4000-8000-000000000001";
    static final String SOCIAL = "7d0e1c2a-0001-4000-8000-000000000009";

    private static MockHttpServletRequestBuilder add(String industry, String level1, String level2, String name,
            String operator, String unit) {
        return post("/api/v1/indicator-library").contentType(MediaType.APPLICATION_JSON).content("""
                {"industry": "%s", "level1": "%s", "level2": "%s", "name": "%s", "operator": "%s", %s
                 "guidance": "测试用"}""".formatted(industry, level1, level2, name, operator,
                unit == null ? "" : "\"unit\": \"" + unit + "\","));
    }

    @Test
    void theStarterSetCoversEveryLevel2() throws Exception {
        String json = mvc.perform(get("/api/v1/indicator-library?size=500").with(access.as(Role.UNIT)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> level2 = JsonPath.read(json, "$.content[*].level2");
        assertThatAll(new LinkedHashSet<>(level2));
    }

    private static void assertThatAll(Set<String> found) {
        for (Level2 level2 : Level2.values()) {
            assertThat(found).as("library covers " + level2).contains(level2.name());
        }
    }

    @Test
    void searchByIndustryLevel1AndText() throws Exception {
        mvc.perform(get("/api/v1/indicator-library?industry=教育&size=500").with(access.as(Role.UNIT)))
                .andExpect(jsonPath("$.content[*].industry").value(everyItem(is("教育"))))
                .andExpect(jsonPath("$.page.totalElements").value(2));
        mvc.perform(get("/api/v1/indicator-library?level1=SATISFACTION&size=500").with(access.as(Role.DEPARTMENT)))
                .andExpect(jsonPath("$.content[*].name").value(containsInAnyOrder("服务对象满意度", "患者满意度")));
        mvc.perform(get("/api/v1/indicator-library").param("q", "满意度").param("industry", "卫生健康").with(access.as(Role.FINANCE)))
                .andExpect(jsonPath("$.content[0].name").value("患者满意度"))
                .andExpect(jsonPath("$.content.length()").value(1));
        mvc.perform(get("/api/v1/indicator-library").param("q", "100%").with(access.as(Role.FINANCE)))
                .andExpect(jsonPath("$.content[0].name").value("项目成本控制率"));
        mvc.perform(get("/api/v1/indicator-library?level1=INPUT").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("level1"));
    }

    @Test
    void financeMaintainsTheLibrary() throws Exception {
        String location = mvc.perform(add("交通", "OUTPUT", "QUANTITY", "新改建农村公路里程", "GE", "公里")
                        .with(access.as(Role.FINANCE)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.industry").value("交通"))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).with(access.as(Role.UNIT)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.name").value("新改建农村公路里程"));
        mvc.perform(get("/api/v1/indicator-library/4f0c3c1e-7c1a-4c55-9a3e-0a4f0e7b8f11").with(access.as(Role.UNIT)))
                .andExpect(status().isNotFound());
        mvc.perform(add("交通", "OUTPUT", "QUANTITY", "新改建农村公路里程", "GE", "公里").with(access.admin()))
                .andExpect(status().isConflict());
        mvc.perform(add("交通", "OUTPUT", "SOCIAL", "错层", "GE", "个").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("level2"));
        mvc.perform(add("交通", "OUTPUT", "QUALITY", "无单位", "GE", null).with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("unit"));
    }

    @TestFactory
    Stream<DynamicTest> accessRules() {
        return access.table()
                .endpoint("GET /indicator-library", () -> get("/api/v1/indicator-library")).anonymous()
                .endpoint("POST /indicator-library", () -> add("交通", "OUTPUT", "QUANTITY", "x", "GE", "个"))
                .onlyRoles(Role.FINANCE)
                .cases();
    }

    @Test
    void aTargetCopiesEntriesFromTheLibrary() throws Exception {
        String indicators = """
                [{"libraryId": "%s", "targetValue": "12", "basis": "PLAN", "weight": 50},
                 {"libraryId": "%s", "targetValue": "800", "basis": "HISTORY", "weight": 50, "name": "受益学生人数"}]"""
                .formatted(QUANTITY, SOCIAL);
        mvc.perform(post("/api/v1/targets").with(access.as(Role.UNIT)).contentType(MediaType.APPLICATION_JSON)
                        .content(TargetWebTests.body("PROJECT", "TU-SCHOOL", "IL-P1", "1000.00", indicators)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.indicators[0].name").value("完成任务数量"))
                .andExpect(jsonPath("$.indicators[0].level2").value("QUANTITY"))
                .andExpect(jsonPath("$.indicators[0].unit").value("个"))
                .andExpect(jsonPath("$.indicators[0].operator").value("GE"))
                .andExpect(jsonPath("$.indicators[1].name").value("受益学生人数"))
                .andExpect(jsonPath("$.indicators[1].level1").value("BENEFIT"));
        mvc.perform(post("/api/v1/targets").with(access.as(Role.UNIT)).contentType(MediaType.APPLICATION_JSON)
                        .content(TargetWebTests.body("PROJECT", "TU-SCHOOL", "IL-P2", "1000.00",
                                indicators.replace(QUANTITY, "4f0c3c1e-7c1a-4c55-9a3e-0a4f0e7b8f11"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indicators[0].libraryId"));
        mvc.perform(post("/api/v1/targets").with(access.as(Role.UNIT)).contentType(MediaType.APPLICATION_JSON)
                        .content(TargetWebTests.body("PROJECT", "TU-SCHOOL", "IL-P3", "1000.00",
                                "[{\"targetValue\": \"1\", \"basis\": \"PLAN\", \"weight\": 1}]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("indicators[0].level1",
                        "indicators[0].level2", "indicators[0].name", "indicators[0].operator")));
    }
}
