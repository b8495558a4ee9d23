package org.jixiao.targeting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Stream;

import org.jixiao.PlatformTest;
import org.jixiao.sharedkernel.access.Role;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/** Adjustments (调整), revisions and publication (公开); each test uses a year of its own. */
class TargetAdjustmentWebTests extends PlatformTest {

    private String approvedTarget(int year, String project) throws Exception {
        return TargetWebTests.approvedTarget(mvc, access, year, project);
    }

    private static MockHttpServletRequestBuilder adjust(String id) {
        return post("/api/v1/targets/{id}/adjustments", id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"年中追加资金，扩大改造面积\"}");
    }

    @Test
    void anAdjustmentIsReviewedWhileTheApprovedRevisionStaysInForceAndPublic() throws Exception {
        String id = approvedTarget(2043, "TA-P1");
        mvc.perform(post("/api/v1/targets/{id}/publish", id).with(access.as(Role.FINANCE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.publishedRevision").value(0));
        mvc.perform(get("/api/v1/public/targets?fiscalYear=2043&regionCode=650121"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].budgetAmount").value(1000000.00))
                .andExpect(jsonPath("$.content[0].unitName").value("乌鲁木齐县档案馆"))
                .andExpect(jsonPath("$.content[0].indicators.length()").value(4))
                .andExpect(jsonPath("$.content[0].reviews").doesNotExist())
                .andExpect(jsonPath("$.content[0].indicators[0].weight").doesNotExist());

        String json = mvc.perform(adjust(id).with(access.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.inForceRevision").value(0))
                .andExpect(jsonPath("$.adjustmentReason").value("年中追加资金，扩大改造面积"))
                .andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(json, "$.indicators[*].id");
        String edited = TargetWebTests.body("PROJECT", "TU-DIRECT", "TA-P1", "1500000.00", TargetWebTests.INDICATORS)
                .replace("\"fiscalYear\": 2020", "\"fiscalYear\": 2043");
        for (int i = 0; i < ids.size(); i++) {
            edited = edited.replaceFirst("\\{\"level1\"", "{\"id\": \"" + ids.get(i) + "\", \"level1X\"");
        }
        edited = edited.replace("\"level1X\"", "\"level1\"");
        mvc.perform(put("/api/v1/targets/{id}", id).with(access.admin()).contentType(MediaType.APPLICATION_JSON).content(edited))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[*].id").value(contains(ids.toArray())));
        mvc.perform(post("/api/v1/targets/{id}/submit", id).with(access.admin())).andExpect(status().isOk());

        mvc.perform(get("/api/v1/targets/statistics?fiscalYear=2043&regionCode=650121").with(access.as(Role.FINANCE)))
                .andExpect(jsonPath("$.targets").value(1))
                .andExpect(jsonPath("$.budgetAmount").value(1000000.00));
        mvc.perform(TargetWebTests.review(id, "APPROVE", "GOOD").with(access.as(Role.FINANCE)))
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.inForceRevision").value(1))
                .andExpect(jsonPath("$.publishedRevision").value(0));
        mvc.perform(get("/api/v1/targets/statistics?fiscalYear=2043&regionCode=650121").with(access.as(Role.FINANCE)))
                .andExpect(jsonPath("$.budgetAmount").value(1500000.00));
        mvc.perform(get("/api/v1/public/targets?fiscalYear=2043")).andExpect(jsonPath("$.content[0].budgetAmount").value(1000000.00));
        mvc.perform(post("/api/v1/targets/{id}/publish", id).with(access.as(Role.FINANCE))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/public/targets?fiscalYear=2043"))
                .andExpect(jsonPath("$.content[0].budgetAmount").value(1500000.00))
                .andExpect(jsonPath("$.content[0].revision").value(1));

        mvc.perform(get("/api/v1/targets/{id}/revisions", id).with(access.as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(2))
                .andExpect(jsonPath("$.content[0].inForce").value(false))
                .andExpect(jsonPath("$.content[0].budgetAmount").value(1000000.00))
                .andExpect(jsonPath("$.content[1].inForce").value(true))
                .andExpect(jsonPath("$.content[1].published").value(true))
                .andExpect(jsonPath("$.content[1].adjustmentReason").value("年中追加资金，扩大改造面积"))
                .andExpect(jsonPath("$.content[1].indicators[*].id").value(contains(ids.toArray())));
    }

    @Test
    void anAdjustmentNeedsNoBodyAndTheRevisionInForceIsPublishedWhileItIsReviewed() throws Exception {
        String id = approvedTarget(2045, "TA-P4");
        mvc.perform(post("/api/v1/targets/{id}/adjustments", id).with(access.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.adjustmentReason").doesNotExist());
        mvc.perform(post("/api/v1/targets/{id}/publish", id).with(access.as(Role.FINANCE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.publishedRevision").value(0));
        mvc.perform(post("/api/v1/targets/{id}/publish", id).with(access.as(Role.FINANCE)))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/public/targets?fiscalYear=2045")).andExpect(jsonPath("$.content[0].id").value(id));
    }

    @Test
    void aPoorAdjustmentIsRefusedAndANewOneStartsFromTheRevisionInForce() throws Exception {
        String id = approvedTarget(2046, "TA-P5");
        mvc.perform(adjust(id).with(access.admin())).andExpect(status().isOk());
        String enlarged = TargetWebTests.body("PROJECT", "TU-DIRECT", "TA-P5", "3000000.00", TargetWebTests.INDICATORS)
                .replace("\"fiscalYear\": 2020", "\"fiscalYear\": 2046");
        mvc.perform(put("/api/v1/targets/{id}", id).with(access.admin()).contentType(MediaType.APPLICATION_JSON)
                .content(enlarged)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/targets/{id}/submit", id).with(access.admin())).andExpect(status().isOk());
        mvc.perform(TargetWebTests.review(id, "APPROVE", "POOR").with(access.as(Role.FINANCE)))
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.barred").value(true))
                .andExpect(jsonPath("$.inForceRevision").value(0));
        mvc.perform(post("/api/v1/targets/{id}/submit", id).with(access.admin())).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/targets/statistics?fiscalYear=2046&regionCode=650121").with(access.as(Role.FINANCE)))
                .andExpect(jsonPath("$.targets").value(1))
                .andExpect(jsonPath("$.budgetAmount").value(1000000.00));
        mvc.perform(adjust(id).with(access.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.barred").value(false))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.budgetAmount").value(1000000.00));
        mvc.perform(get("/api/v1/targets/{id}/revisions", id).with(access.as(Role.AUDITOR)))
                .andExpect(jsonPath("$.page.totalElements").value(3))
                .andExpect(jsonPath("$.content[1].budgetAmount").value(3000000.00))
                .andExpect(jsonPath("$.content[1].inForce").value(false));
    }

    @Test
    void illegalAdjustmentsAndPublications() throws Exception {
        String draft = JsonPath.read(mvc.perform(TargetWebTests.create("TU-SCHOOL", "TA-P2").with(access.as(Role.UNIT)))
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(adjust(draft).with(access.as(Role.UNIT)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentState").value("DRAFT"));
        mvc.perform(post("/api/v1/targets/{id}/publish", draft).with(access.as(Role.FINANCE)))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/targets/{id}/adjustments", draft).with(access.as(Role.UNIT))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"" + "长".repeat(2001) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(get("/api/v1/public/targets?fiscalYear=2020&regionCode=650121&size=500"))
                .andExpect(jsonPath("$.content[*].id").value(not(hasItem(draft))));
        mvc.perform(get("/api/v1/public/targets?regionCode=659800")).andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(0)); // nothing published in an unknown region
        mvc.perform(get("/api/v1/public/targets?regionCode=abc")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("regionCode"));
        mvc.perform(get("/api/v1/public/targets?size=501")).andExpect(status().isBadRequest());
    }

    @TestFactory
    Stream<DynamicTest> accessRules() throws Exception {
        String id = approvedTarget(2044, "TA-P3");
        return access.table()
                .endpoint("POST /targets/{id}/adjustments", () -> adjust(id))
                .onlyRoles(Role.UNIT, Role.DEPARTMENT).refuses("t-unit") // t-unit does not own it
                .endpoint("POST /targets/{id}/publish", () -> post("/api/v1/targets/" + id + "/publish"))
                .anonymous().onlyRoles(Role.FINANCE).refuses("t-finance-outside")
                .endpoint("GET /targets/{id}/revisions", () -> get("/api/v1/targets/" + id + "/revisions"))
                .refuses("t-unit-outside")
                .cases();
    }

    @Test
    void thePublicListingIsOpen() throws Exception {
        mvc.perform(get("/api/v1/public/targets?fiscalYear=2044")).andExpect(status().isOk());
    }
}
