package org.jixiao.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

import org.hamcrest.Matchers;
import org.jixiao.PlatformTest;
import org.jixiao.sharedkernel.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;
import com.sun.management.ThreadMXBean;

/**
 * Every value is bounded while it is parsed: numbers that are short in JSON but enormous written out, strings
 * too long or holding NUL or a lone surrogate, duplicate keys — each a 400 naming the field, cheaply.
 */
class BoundedInputTests extends PlatformTest {

    private static final String VALID = """
            {"name": "ok", "colour": "RED", "amount": 1234567.89, "count": 3, "items": [{"name": "a"}]}""";

    private ResultActions send(String json) throws Exception {
        return mvc.perform(post("/test/problems").with(access.admin()).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private static void expectInvalid(ResultActions result, String field, String message) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:jixiao:problem:invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString(message)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-999999999", "1e999999999", "-1e-100000000", "123456789012345678901.5"})
    void aNumberShortInJsonButHugeWrittenOutIsRefusedCheaply(String number) throws Exception {
        long before = allocatedBytes();
        expectInvalid(send(VALID.replace("1234567.89", number)), "amount", "数值超出允许范围");
        assertThat(allocatedBytes() - before).as("bytes allocated by the request").isLessThan(50_000_000);
    }

    @Test
    void theAmplificationRequestsOfTheIssue() throws Exception {
        String sheet = """
                {"assessor": "x", "scores": {"NECESSITY": 1e-999999999, "ECONOMY": 17,
                 "TARGET_REASONABLENESS": 17, "FEASIBILITY": 18, "FUNDING_COMPLIANCE": 17}}""";
        String created = mvc.perform(post("/api/v1/assessments").with(access.as(Role.UNIT))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"fiscalYear": 2021, "kind": "PROJECT", "unitCode": "TU-SCHOOL", "projectCode": "BOUNDED-1",
                         "projectName": "amplification", "requestedAmount": 1000.00}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        expectInvalid(mvc.perform(put("/api/v1/assessments/" + id + "/scores")
                .with(access.as(Role.FINANCE)).contentType(MediaType.APPLICATION_JSON).content(sheet)),
                "scores.NECESSITY", "数值超出允许范围");
        expectInvalid(mvc.perform(put("/api/v1/rules/" + "650121" + "/2020/evaluation.spotCheckRatio")
                .with(access.as(Role.FINANCE)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\": 1e-100000000}")), "value", "数值超出允许范围");
        expectInvalid(mvc.perform(put("/api/v1/rules/" + "650121" + "/2020/evaluation.gradeBands")
                .with(access.as(Role.FINANCE)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\": {\"EXCELLENT\": 1e999999999, \"GOOD\": 70, \"FAIR\": 60}}")), "value",
                "数值超出允许范围");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"name\": \"a\\u0000b\"                 | name     | NUL",
            "\"name\": \"a\\ud800b\"                 | name     | 代理项",
            "\"name\": \"a\\udc00\"                  | name     | 代理项",
            "\"items\": [{\"name\": \"\\u0000\"}]   | items[0].name | NUL"})
    void badCharactersInTextAreRefusedNotStoredAsQuestionMarks(String replacement, String field, String message)
            throws Exception {
        String json = replacement.startsWith("\"items\"")
                ? VALID.replace("\"items\": [{\"name\": \"a\"}]", replacement)
                : VALID.replace("\"name\": \"ok\"", replacement);
        expectInvalid(send(json), field, message);
    }

    @Test
    void aPairedSurrogateIsAnOrdinaryCharacter() throws Exception {
        send(VALID.replace("\"ok\"", "\"\\ud83d\\ude00 𠀀\"")).andExpect(status().isCreated());
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.5", "1e-999999999", "3.0", "1e2"})
    void aFractionOrExponentForAnIntegerIsRefusedNotTruncated(String count) throws Exception {
        expectInvalid(send(VALID.replace("\"count\": 3", "\"count\": " + count)), "count", "整数");
    }

    @Test
    void aDuplicateKeyIsRefusedNotSilentlyResolved() throws Exception {
        expectInvalid(send(VALID.replace("\"count\": 3", "\"count\": 3, \"count\": 4")), "count", "重复");
    }

    @Test
    void aTooLongStringIsRefusedWhileParsing() throws Exception {
        expectInvalid(send(VALID.replace("\"ok\"", "\"" + "长".repeat(JsonInputLimits.MAX_STRING_LENGTH + 1) + "\"")),
                "name", "100000");
    }

    @Test
    void aBodyAboveTheLimitIsA413BeforeItIsRead() throws Exception {
        byte[] body = new byte[2 * 1024 * 1024 + 1];
        Arrays.fill(body, (byte) ' ');
        mvc.perform(post("/test/problems").with(access.admin()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.type").value("urn:jixiao:problem:payload-too-large"))
                .andExpect(jsonPath("$.detail").value("请求体不能超过 2048 KB"));
    }

    private static long allocatedBytes() {
        return ((ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
