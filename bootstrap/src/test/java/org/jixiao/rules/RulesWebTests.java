package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.jixiao.PlatformTest;
import org.jixiao.assessment.domain.AssessmentRules;
import org.jixiao.evaluation.domain.EvaluationRules;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.GradeBands;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.Score;
import org.jixiao.sharedkernel.access.Role;
import org.jixiao.sharedkernel.rules.Rule;
import org.jixiao.sharedkernel.rules.RuleKey;
import org.jixiao.sharedkernel.rules.RuleSnapshot;
import org.jixiao.sharedkernel.rules.RuleStore;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Each test uses a fiscal year of its own: overrides are per year, so tests stay independent. */
class RulesWebTests extends PlatformTest {

    static final String BANDS_80 = "{\"value\": {\"EXCELLENT\": 80, \"GOOD\": 70, \"FAIR\": 60}}";

    @Autowired
    RuleStore rules;

    private static MockHttpServletRequestBuilder set(String region, int year, String key, String body) {
        return put("/api/v1/rules/{region}/{year}/{key}", region, year, key).contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    @Test
    void defaultsAreListedWithTheirDescriptions() throws Exception {
        mvc.perform(get("/api/v1/rules?regionCode=650121&fiscalYear=2020").with(access.as(Role.UNIT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].key").value(hasItems("evaluation.gradeBands", "evaluation.blockPoints",
                        "evaluation.spotCheckRatio", "evaluation.spotCheckGap")))
                .andExpect(jsonPath("$.content[?(@.key == 'evaluation.gradeBands')].source").value("DEFAULT"))
                .andExpect(jsonPath("$.content[?(@.key == 'evaluation.gradeBands')].version").value(0))
                .andExpect(jsonPath("$.content[?(@.key == 'evaluation.gradeBands')].value.EXCELLENT").value(90))
                .andExpect(jsonPath("$.content[?(@.key == 'evaluation.gradeBands')].description").isNotEmpty())
                .andExpect(jsonPath("$.page.totalElements").isNumber());
    }

    @Test
    void anOverrideIsInheritedDownTheRegionTreeAndTheNearestWins() throws Exception {
        int year = 2031;
        mvc.perform(set("650000", year, "evaluation.gradeBands", BANDS_80).with(access.as("t-finance-province")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("650000"))
                .andExpect(jsonPath("$.value.EXCELLENT").value(80));
        mvc.perform(get("/api/v1/rules/650121/{year}/evaluation.gradeBands", year).with(access.as(Role.FINANCE)))
                .andExpect(jsonPath("$.source").value("650000"))
                .andExpect(jsonPath("$.value.GOOD").value(70));

        Rule<GradeBands> inherited = rules.resolve(EvaluationRules.GRADE_BANDS, RegionCode.of("650121"), FiscalYear.of(year));
        assertThat(inherited.source()).isEqualTo(RegionCode.of("650000"));
        assertThat(inherited.value().gradeOf(Score.of("80.00"))).isEqualTo(Grade.EXCELLENT);
        assertThat(inherited.version()).isPositive();

        mvc.perform(set("650121", year, "evaluation.gradeBands", "{\"value\": {\"EXCELLENT\": 85, \"GOOD\": 75, \"FAIR\": 60}}")
                        .with(access.as(Role.FINANCE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("650121"));
        assertThat(rules.resolve(EvaluationRules.GRADE_BANDS, RegionCode.of("650121"), FiscalYear.of(year)).value().excellent())
                .isEqualByComparingTo("85");
        assertThat(rules.resolve(EvaluationRules.GRADE_BANDS, RegionCode.of("650100"), FiscalYear.of(year)).value().excellent())
                .isEqualByComparingTo("80");
        assertThat(rules.resolve(EvaluationRules.GRADE_BANDS, RegionCode.of("650121"), FiscalYear.of(year + 1)).isDefault())
                .isTrue();
        assertThat(rules.resolve(EvaluationRules.GRADE_BANDS, RegionCode.of("640000"), FiscalYear.of(year)).isDefault())
                .isTrue();

        mvc.perform(delete("/api/v1/rules/650121/{year}/evaluation.gradeBands", year).with(access.as(Role.FINANCE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("650000"));
        mvc.perform(delete("/api/v1/rules/650000/{year}/evaluation.gradeBands", year).with(access.as("t-finance-province")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("DEFAULT"))
                .andExpect(jsonPath("$.value.EXCELLENT").value(90));
        mvc.perform(delete("/api/v1/rules/650000/{year}/evaluation.gradeBands", year).with(access.as("t-finance-province")))
                .andExpect(status().isNotFound());
    }

    @Test
    void everyChangeIsKeptWithItsVersion() throws Exception {
        int year = 2032;
        mvc.perform(set("650121", year, "evaluation.spotCheckRatio", "{\"value\": 15}").with(access.as(Role.FINANCE)));
        mvc.perform(set("650121", year, "evaluation.spotCheckRatio", "{\"value\": 20.5}").with(access.as(Role.FINANCE)));
        mvc.perform(delete("/api/v1/rules/650121/{year}/evaluation.spotCheckRatio", year).with(access.as(Role.FINANCE)));
        mvc.perform(get("/api/v1/rules/650121/{year}/evaluation.spotCheckRatio/history", year).with(access.as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(3))
                .andExpect(jsonPath("$.content[0].action").value("REMOVE"))
                .andExpect(jsonPath("$.content[0].value").doesNotExist())
                .andExpect(jsonPath("$.content[1].action").value("SET"))
                .andExpect(jsonPath("$.content[1].value").value(20.5))
                .andExpect(jsonPath("$.content[2].value").value(15))
                .andExpect(jsonPath("$.content[2].changedBy").value("t-finance"));
        mvc.perform(get("/api/v1/rules/650121/{year}/evaluation.spotCheckRatio/history?page=1&size=2", year)
                        .with(access.as(Role.AUDITOR)))
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].value").value(15))
                .andExpect(jsonPath("$.page.totalPages").value(2));
    }

    @Test
    void theVersionToSendBackIsTheOneOfTheValueInForceInheritedOrNot() throws Exception {
        int year = 2036;
        String body = mvc.perform(set("650100", year, "evaluation.spotCheckGap", "{\"value\": 8}")
                        .with(access.as("t-finance-province")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long inherited = com.jayway.jsonpath.JsonPath.<Number>read(body, "$.version").longValue();
        mvc.perform(get("/api/v1/rules/650121/{year}/evaluation.spotCheckGap", year).with(access.as(Role.FINANCE)))
                .andExpect(jsonPath("$.source").value("650100"))
                .andExpect(jsonPath("$.version").value(inherited))
                .andExpect(header().string("ETag", "\"" + inherited + "\""));
        mvc.perform(set("650100", year, "evaluation.spotCheckGap", "{\"value\": 9}").with(access.as("t-finance-province")))
                .andExpect(status().isOk());
        mvc.perform(set("650121", year, "evaluation.spotCheckGap", "{\"value\": 7, \"version\": " + inherited + "}")
                        .with(access.as(Role.FINANCE)))
                .andExpect(status().isConflict());
        long current = rules.resolve(EvaluationRules.SPOT_CHECK_GAP, RegionCode.of("650121"), FiscalYear.of(year)).version();
        mvc.perform(set("650121", year, "evaluation.spotCheckGap", "{\"value\": 7, \"version\": " + current + "}")
                        .with(access.as(Role.FINANCE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("650121"));
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        int year = 2033;
        String etag = mvc.perform(get("/api/v1/rules/650121/{year}/evaluation.spotCheckGap", year).with(access.as(Role.FINANCE)))
                .andExpect(header().string("ETag", "\"0\"")).andReturn().getResponse().getHeader("ETag");
        mvc.perform(set("650121", year, "evaluation.spotCheckGap", "{\"value\": 5}").header("If-Match", etag)
                        .with(access.as(Role.FINANCE)))
                .andExpect(status().isOk());
        mvc.perform(set("650121", year, "evaluation.spotCheckGap", "{\"value\": 6}").header("If-Match", etag)
                        .with(access.as(Role.FINANCE)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentState").isNotEmpty());
        mvc.perform(set("650121", year, "evaluation.spotCheckGap", "{\"value\": 6, \"version\": 1}")
                        .with(access.as(Role.FINANCE)))
                .andExpect(status().isConflict());
        assertThat(rules.resolve(EvaluationRules.SPOT_CHECK_GAP, RegionCode.of("650121"), FiscalYear.of(year)).value())
                .isEqualByComparingTo(BigDecimal.valueOf(5));
    }

    @Test
    void aMalformedValueIsA400NamingTheValue() throws Exception {
        int year = 2034;
        mvc.perform(set("650121", year, "evaluation.gradeBands", "{\"value\": {\"EXCELLENT\": 80, \"GOOD\": 90, \"FAIR\": 60}}")
                        .with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value"));
        mvc.perform(set("650121", year, "evaluation.gradeBands", "{\"value\": 90}").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest());
        mvc.perform(set("650121", year, "evaluation.blockPoints",
                        "{\"value\": {\"EXECUTION\": 10, \"OUTPUT\": 50, \"BENEFIT\": 30, \"SATISFACTION\": 5}}")
                        .with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("各项分值合计应为 100，实际为 95"));
        mvc.perform(set("650121", year, "evaluation.spotCheckRatio", "{\"value\": 101}").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest());
        mvc.perform(set("650121", year, "no.such.key", "{\"value\": 1}").with(access.as(Role.FINANCE)))
                .andExpect(status().isNotFound());
        mvc.perform(set("6501", year, "evaluation.spotCheckRatio", "{\"value\": 1}").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("regionCode"));
        mvc.perform(set("650121", 1999, "evaluation.spotCheckRatio", "{\"value\": 1}").with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("fiscalYear"));
        mvc.perform(get("/api/v1/rules/650121/{year}/evaluation.gradeBands/history", year).with(access.as(Role.FINANCE)))
                .andExpect(jsonPath("$.page.totalElements").value(0));
    }

    @TestFactory
    Stream<DynamicTest> accessRules() {
        return access.table()
                .endpoint("GET /rules", () -> get("/api/v1/rules?regionCode=650121&fiscalYear=2020"))
                .anonymous().refuses("t-unit-outside")
                .endpoint("PUT /rules/650121/…", () -> set("650121", 2035, "evaluation.spotCheckRatio", "{\"value\": 12}"))
                .anonymous().onlyRoles(Role.FINANCE).refuses("t-finance-outside")
                .endpoint("PUT /rules/650000/…", () -> set("650000", 2035, "evaluation.spotCheckRatio", "{\"value\": 12}"))
                .refuses("t-finance")
                .endpoint("DELETE /rules/650121/…", () -> delete("/api/v1/rules/650121/2035/evaluation.spotCheckRatio"))
                .onlyRoles(Role.FINANCE)
                .cases();
    }

    @Test
    void whoReadsTheRulesOfARegion() throws Exception {
        mvc.perform(get("/api/v1/rules?regionCode=650000&fiscalYear=2020").with(access.as(Role.UNIT)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/rules?regionCode=659800&fiscalYear=2020").with(access.admin()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/rules?regionCode=650121").with(access.admin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("fiscalYear"));
    }

    @Autowired
    RuleStore store;

    @Test
    void aSnapshotHoldsEveryRuleInForceAsResolveSeesIt() throws Exception {
        mvc.perform(set("650100", 2033, "evaluation.spotCheckRatio", "{\"value\": 15}").with(access.admin()))
                .andExpect(status().isOk());
        RuleSnapshot snapshot = store.snapshot(RegionCode.of("650121"), FiscalYear.of(2033));
        Rule<BigDecimal> ratio = snapshot.get(EvaluationRules.SPOT_CHECK_RATIO);
        assertThat(ratio.value()).isEqualByComparingTo("15");
        assertThat(ratio.source()).isEqualTo(RegionCode.of("650100"));
        for (RuleKey<?> key : List.of(EvaluationRules.SPOT_CHECK_RATIO, EvaluationRules.SPOT_CHECK_GAP,
                AssessmentRules.WEIGHTS, AssessmentRules.THRESHOLD)) {
            Rule<?> resolved = store.resolve(key, RegionCode.of("650121"), FiscalYear.of(2033));
            assertThat(snapshot.get(key)).as(key.key()).isEqualTo(resolved);
        }
        assertThat(snapshot.applied(EvaluationRules.SPOT_CHECK_RATIO).get(0).source()).isEqualTo("650100");
    }
}
