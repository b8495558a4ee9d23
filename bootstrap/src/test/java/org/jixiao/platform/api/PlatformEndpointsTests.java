package org.jixiao.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jixiao.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class PlatformEndpointsTests extends PlatformTest {

    @Test
    void enumsListValuesWithChineseLabels() throws Exception {
        mvc.perform(get("/api/v1/enums").with(access.as(org.jixiao.sharedkernel.access.Role.UNIT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.Grade[0].value").value("EXCELLENT"))
                .andExpect(jsonPath("$.Grade[0].label").value("优"))
                .andExpect(jsonPath("$.Grade[3].value").value("POOR"))
                .andExpect(jsonPath("$.Grade[3].label").value("差"))
                .andExpect(jsonPath("$.RegionCodeLevel[*].value").value(hasItems("PROVINCE", "PREFECTURE", "COUNTY")));
    }

    @Test
    void theOpenApiDocumentIsGroupedByStageWithChineseNames() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths['/api/v1/enums']").exists());
        mvc.perform(get("/v3/api-docs/swagger-config"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.urls[*].name").value(hasItems("平台 Platform", "事前绩效评估 Ex-ante assessment",
                        "绩效目标 Performance targets", "绩效运行监控 Monitoring", "绩效评价 Evaluation",
                        "结果应用 Result application")));
        mvc.perform(get("/v3/api-docs/platform"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/enums']").exists());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void healthInfoAndPrometheus() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/info")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").with(access.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hikaricp_connections")));
    }

    @Test
    void theEnumCatalogueRejectsTwoEnumsOfOneName() {
        assertThat(EnumCatalogue.scan("org.jixiao.sharedkernel"))
                .containsKeys("Grade", "RegionCodeLevel");
        assertThat(EnumCatalogue.scan("org.jixiao.sharedkernel").get("Grade"))
                .extracting(EnumCatalogue.Value::label).containsExactly("优", "良", "中", "差");
    }

    @Test
    void jsonIsTheDefault() throws Exception {
        mvc.perform(get("/api/v1/enums").with(access.admin()).accept(MediaType.ALL))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.*").value(hasItem(notNullValue())));
    }
}
