package org.jixiao.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    @ParameterizedTest
    @CsvSource({
            "1234567, password.tooShort", "密码密码密码密, password.tooShort",
            "12345678, password.trivial", "87654321, password.trivial", "abcdefgh, password.trivial",
            "aaaaaaaa, password.trivial", "abababab, password.trivial", "aaaa1111, password.trivial",
            "unit-school1, password.username", "UNIT-SCHOOL1, password.username", "1loohcs-tinu, password.username",
            "password, password.common", "Password123, password.common", "woaini1314, password.common",
            "1qaz2wsx, password.common", "qwertyuiop, password.common"})
    void weakPasswordsAreRefusedSayingWhichRule(String password, String code) {
        assertThat(PasswordPolicy.problem("unit-school1", password)).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jixiao@2026", "test-pass-1", "change-me-now", "correct horse battery", "预算绩效管理2026",
            "abcdefgi"})
    void reasonablePasswordsPass(String password) {
        assertThat(PasswordPolicy.problem("unit-school1", password)).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {72, 73})
    void theBcryptLimitIsTheUpperBound(int bytes) {
        String password = "ab1-".repeat(30).substring(0, bytes);
        assertThat(PasswordPolicy.problem("u", password)).isEqualTo(bytes > 72 ? "account.passwordTooLong" : null);
    }
}
