package org.jixiao.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryStringsTests {

    @ParameterizedTest
    @ValueSource(strings = {"", "a=1", "a=1&b=2", "q=%E4%B8%AD%E6%96%87", "q=a+b", "flag", "a=", "x=%F0%9F%98%80",
            "a=1&&b=2"})
    void wellFormedQueriesPass(String query) {
        assertThat(QueryStrings.firstProblem(query)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "x=%FF, x, problem.badEncoding", "x=%ED%A0%80, x, problem.badEncoding",
            "x=%C0%AF, x, problem.badEncoding", "x=%2, x, problem.badEncoding", "x=%zz, x, problem.badEncoding",
            "a=1&x=%00, x, problem.nulCharacter", "%FF=1, query, problem.badEncoding",
            "%00=1, query, problem.nulCharacter", "x=%E4%B8, x, problem.badEncoding"})
    void badQueriesNameTheParameter(String query, String parameter, String code) {
        assertThat(QueryStrings.firstProblem(query)).isEqualTo(new QueryStrings.Problem(parameter, code));
    }
}
