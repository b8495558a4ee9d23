package org.jixiao.targeting;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jixiao.PlatformTest;
import org.jixiao.assessment.AssessmentWebTests;
import org.jixiao.sharedkernel.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import com.jayway.jsonpath.JsonPath;

/**
 * The ex-ante gate end to end, with real assessments: a target that requires assessment (its flag, the region's
 * threshold, or an assessment asked for its project) cannot be approved by finance until assessment concludes SUPPORT or SUPPORT_AFTER_REVISION
 * for the same unit, project code and year.
 */
class TargetGateWebTests extends PlatformTest {

    private String submittedTarget(int year, String project, String amount, boolean flagged) throws Exception {
        String body = TargetWebTests.body("PROJECT", "TU-DIRECT", project, amount, TargetWebTests.INDICATORS)
                .replace("\"fiscalYear\": 2020", "\"fiscalYear\": " + year)
                .replace("\"indicators\":", "\"requiresAssessment\": " + flagged + ", \"indicators\":");
        String id = JsonPath.read(mvc.perform(post("/api/v1/targets").with(access.admin())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.requiresAssessment").value(flagged))
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/targets/{id}/submit", id).with(access.admin())).andExpect(status().isOk());
        return id;
    }

    private void concludedAssessment(int year, String project, int each) throws Exception {
        String id = JsonPath.read(mvc.perform(AssessmentWebTests.create(year, "TU-DIRECT", project, "5000000.00")
                        .with(access.as(Role.FINANCE)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(AssessmentWebTests.scores(id, "专家", each, each).with(access.as(Role.FINANCE))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/assessments/{id}/conclude", id).with(access.as(Role.FINANCE))).andExpect(status().isOk());
    }

    @Test
    void aFlaggedTargetWaitsForASupportingConclusion() throws Exception {
        String target = submittedTarget(2020, "TG-P1", "5000000.00", true);
        mvc.perform(TargetWebTests.review(target, "APPROVE", "GOOD").with(access.as(Role.FINANCE)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentState").value("SUBMITTED"))
                .andExpect(jsonPath("$.detail").value(containsString("尚未出具结论")));

        concludedAssessment(2020, "TG-P1", 12); // 60 → REJECT
        mvc.perform(TargetWebTests.review(target, "APPROVE", "GOOD").with(access.as(Role.FINANCE)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("不予支持")));

        concludedAssessment(2021, "TG-P1", 19); // another year does not count
        mvc.perform(TargetWebTests.review(target, "APPROVE", "GOOD").with(access.as(Role.FINANCE)))
                .andExpect(status().isConflict());

        concludedAssessment(2020, "TG-P1", 15); // 75 → SUPPORT_AFTER_REVISION, the latest conclusion
        mvc.perform(TargetWebTests.review(target, "APPROVE", "GOOD").with(access.as(Role.FINANCE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
    }

    @Test
    void theRegionsThresholdRequiresAssessmentToo() throws Exception {
        mvc.perform(put("/api/v1/rules/650121/2038/assessment.threshold").with(access.as(Role.FINANCE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 1000000}")).andExpect(status().isOk());
        String above = submittedTarget(2038, "TG-P2", "1000000.00", false);
        mvc.perform(TargetWebTests.review(above, "APPROVE", "GOOD").with(access.as(Role.FINANCE)))
                .andExpect(status().isConflict());
        String below = submittedTarget(2038, "TG-P3", "999999.99", false);
        mvc.perform(TargetWebTests.review(below, "APPROVE", "GOOD").with(access.as(Role.FINANCE)))
                .andExpect(status().isOk());
        concludedAssessment(2038, "TG-P2", 19);
        mvc.perform(TargetWebTests.review(above, "APPROVE", "EXCELLENT").with(access.as(Role.FINANCE)))
                .andExpect(status().isOk());
    }

    @Test
    void anAssessmentFinanceAskedForGatesTheTargetWhateverTheUnitsFlag() throws Exception {
        String assessment = JsonPath.read(mvc.perform(AssessmentWebTests.create(2020, "TU-DIRECT", "TG-P5", "800000.00")
                        .with(access.as(Role.FINANCE)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String target = submittedTarget(2020, "TG-P5", "800000.00", false);
        mvc.perform(TargetWebTests.review(target, "APPROVE", "GOOD").with(access.as(Role.FINANCE)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("尚未出具结论")));
        mvc.perform(AssessmentWebTests.scores(assessment, "专家", 12, 12).with(access.as(Role.FINANCE)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/assessments/{id}/conclude", assessment).with(access.as(Role.FINANCE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.conclusion").value("REJECT"));
        mvc.perform(TargetWebTests.review(target, "APPROVE", "GOOD").with(access.as(Role.FINANCE)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("不予支持")));
    }

    @Test
    void anEditThatLeavesTheFlagOutKeepsIt() throws Exception {
        String body = TargetWebTests.body("PROJECT", "TU-DIRECT", "TG-P6", "5000000.00", TargetWebTests.INDICATORS);
        String target = JsonPath.read(mvc.perform(post("/api/v1/targets").with(access.admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"indicators\":", "\"requiresAssessment\": true, \"indicators\":")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(put("/api/v1/targets/{id}", target).with(access.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requiresAssessment").value(true));
        mvc.perform(put("/api/v1/targets/{id}", target).with(access.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"indicators\":", "\"requiresAssessment\": false, \"indicators\":")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requiresAssessment").value(false));
    }

    @Test
    void financeMayStillReturnATargetTheGateHolds() throws Exception {
        String target = submittedTarget(2020, "TG-P4", "5000000.00", true);
        mvc.perform(TargetWebTests.review(target, "RETURN", "GOOD").with(access.as(Role.FINANCE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"));
    }
}
