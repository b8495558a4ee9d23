package org.jixiao.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jixiao.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class ProblemDetailsTests extends PlatformTest {

    private static final String VALID = """
            {"name": "ok", "colour": "RED", "amount": 1234567.89, "count": 3, "items": [{"name": "a"}]}""";

    private ResultActions send(String json, String language) throws Exception {
        var request = post("/test/problems").with(access.admin()).contentType(MediaType.APPLICATION_JSON).content(json);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return mvc.perform(request);
    }

    private static void expectInvalid(ResultActions result, String field) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:jixiao:problem:invalid-input"))
                .andExpect(jsonPath("$.title").value("请求参数无效"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    }

    @Test
    void aValidBodyIsAcceptedWithExactDecimals() throws Exception {
        send(VALID, null).andExpect(status().isCreated()).andExpect(jsonPath("$.amount").value(1234567.89));
    }

    @Test
    void malformedJsonIsA400NotA500() throws Exception {
        send("{\"name\": \"ok\",", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:jixiao:problem:malformed-json"))
                .andExpect(jsonPath("$.detail").value(containsString("JSON")));
    }

    @Test
    void aWrongTypeNamesTheField() throws Exception {
        expectInvalid(send(VALID.replace("\"count\": 3", "\"count\": \"three\""), null), "count");
        expectInvalid(send(VALID.replace("\"amount\": 1234567.89", "\"amount\": \"lots\""), null), "amount");
        expectInvalid(send(VALID.replace("\"items\": [{\"name\": \"a\"}]", "\"items\": 5"), null), "items");
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() throws Exception {
        expectInvalid(send(VALID.replace("RED", "PURPLE"), null), "colour");
        send(VALID.replace("RED", "PURPLE"), null).andExpect(jsonPath("$.errors[0].message").value(containsString("RED, GREEN")));
    }

    @Test
    void aChineseLabelIsNotAnEnumValue() throws Exception {
        expectInvalid(send(VALID.replace("RED", "红"), null), "colour");
    }

    @Test
    void missingFieldsAreAllListed() throws Exception {
        send("{}", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(4)))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("不能为空"))
                .andExpect(jsonPath("$.errors[?(@.field == 'colour')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'amount')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'count')]").exists());
    }

    @Test
    void tooLongStringsAndNestedFieldsAreNamedByPath() throws Exception {
        expectInvalid(send(VALID.replace("\"ok\"", "\"" + "x".repeat(21) + "\""), null), "name");
        expectInvalid(send(VALID.replace("{\"name\": \"a\"}", "{\"name\": \"" + "y".repeat(11) + "\"}"), null),
                "items[0].name");
    }

    @Test
    void moneyWithThreeDecimalsOrNegativeIsRejected() throws Exception {
        expectInvalid(send(VALID.replace("1234567.89", "1.005"), null), "amount");
        expectInvalid(send(VALID.replace("1234567.89", "-1"), null), "amount");
    }

    @Test
    void englishOnRequest() throws Exception {
        send("{}", "en").andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("must not be null"));
        send("{}", "en-US,en;q=0.9").andExpect(jsonPath("$.title").value("Invalid input"));
        send("{}", "fr").andExpect(jsonPath("$.title").value("请求参数无效"));
    }

    @Test
    void badPagingIsA400NamingTheParameter() throws Exception {
        mvc.perform(get("/test/problems?size=20").with(access.admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0]").value("only"))
                .andExpect(jsonPath("$.page.number").value(0))
                .andExpect(jsonPath("$.page.size").value(20))
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.page.totalPages").value(1));
        expectInvalid(mvc.perform(get("/test/problems?size=501").with(access.admin())), "size");
        expectInvalid(mvc.perform(get("/test/problems?page=-1").with(access.admin())), "page");
        expectInvalid(mvc.perform(get("/test/problems?size=abc").with(access.admin())), "size");
    }

    @Test
    void aMalformedIdIsA400AndAnUnknownOneA404() throws Exception {
        expectInvalid(mvc.perform(get("/test/problems/not-a-uuid").with(access.admin())), "id");
        mvc.perform(get("/test/problems/4f0c3c1e-7c1a-4c55-9a3e-0a4f0e7b8f11").with(access.admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:jixiao:problem:not-found"))
                .andExpect(jsonPath("$.detail").value(containsString("4f0c3c1e-7c1a-4c55-9a3e-0a4f0e7b8f11")));
    }

    @Test
    void aConflictNamesTheCurrentState() throws Exception {
        mvc.perform(post("/test/problems/4f0c3c1e-7c1a-4c55-9a3e-0a4f0e7b8f11/submit").with(access.admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentState").value("APPROVED"))
                .andExpect(jsonPath("$.title").value("状态冲突"));
    }

    @Test
    void aDomainRuleNamesItsField() throws Exception {
        mvc.perform(post("/test/problems/rule").with(access.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indicators[0].budgetAmount"))
                .andExpect(jsonPath("$.errors[0].message").value("金额最多两位小数：1.005"));
    }

    @Test
    void unknownPathsWrongMethodsAndMediaTypesAreProblemsToo() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").with(access.admin()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/test/problems/rule").with(access.admin()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.title").value("不支持的请求方法"));
        mvc.perform(post("/test/problems").with(access.admin()).contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.status").value(415));
    }

    @Test
    void anUnexpectedErrorLeaksNothing() throws Exception {
        mvc.perform(get("/test/problems/boom").with(access.admin()))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.detail").value(not(containsString("secret"))));
    }
}
