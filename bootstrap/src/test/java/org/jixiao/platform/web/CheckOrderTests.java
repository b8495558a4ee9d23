package org.jixiao.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jixiao.PlatformTest;
import org.jixiao.sharedkernel.access.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * CONTRACT.md's order of checks with an invalid body: an unknown resource is a 404 and one outside the caller's
 * subtree a 403, whatever the body says; only for a resource the caller may see is the body's fault a 400.
 */
class CheckOrderTests extends PlatformTest {

    private static final String UNKNOWN = "00000000-0000-4000-8000-00000000abcd";

    private static MockHttpServletRequestBuilder request(String method, String path, String body) {
        MockHttpServletRequestBuilder request = "PUT".equals(method) ? put(path) : post(path);
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "POST | /api/v1/targets/" + UNKNOWN + "/reviews          | {\"decision\": \"MAYBE\"}",
            "PUT  | /api/v1/assessments/" + UNKNOWN + "/scores       | {\"scores\": {\"NECESSITY\": 1e-999999999}}",
            "POST | /api/v1/assessments/" + UNKNOWN + "/assignments  | {",
            "PUT  | /api/v1/rules/650121/2020/no.such.key            | {\"value\": {\"x\": }",
            "PUT  | /api/v1/accounts/nobody-at-all                   | {}",
            "PUT  | /api/v1/org-units/NO-SUCH-UNIT                   | {\"name\": \"\"}",
            "POST | /api/v1/accounts/nobody-at-all/tokens            | {\"validDays\": 9999}"})
    void anUnknownResourceIsA404WhateverTheBody(String method, String path, String body) throws Exception {
        mvc.perform(request(method, path, body).with(access.as(Role.FINANCE)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.type").value("urn:jixiao:problem:not-found"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PUT  | /api/v1/targets/" + UNKNOWN + " | {\"fiscalYear\": \"x\"}"})
    void theOwnersEditOfAnUnknownTargetIsA404WhateverTheBody(String method, String path, String body) throws Exception {
        mvc.perform(request(method, path, body).with(access.as(Role.UNIT)))
                .andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PUT  | /api/v1/rules/640000/2020/evaluation.spotCheckRatio | {\"value\": 1e-999999999}",
            "PUT  | /api/v1/accounts/t-unit-outside                     | {}",
            "PUT  | /api/v1/org-units/TU-OUT                            | {\"name\": \"\"}",
            "POST | /api/v1/accounts/t-unit-outside/tokens              | {}"})
    void aResourceOutsideTheSubtreeIsA403WhateverTheBody(String method, String path, String body) throws Exception {
        mvc.perform(request(method, path, body).with(access.as(Role.FINANCE)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.type").value("urn:jixiao:problem:forbidden"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PUT  | /api/v1/rules/650121/2020/evaluation.spotCheckRatio | {\"value\": 1e-999999999} | value",
            "PUT  | /api/v1/org-units/TU-DIRECT                         | {\"name\": \"\"}          | name",
            "POST | /api/v1/accounts/t-unit/tokens                      | {\"validDays\": 9999}     | name"})
    void aVisibleResourceWithABadBodyIsA400(String method, String path, String body, String field) throws Exception {
        mvc.perform(request(method, path, body).with(access.as(Role.FINANCE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[?(@.field == '" + field + "')]").exists());
    }
}
