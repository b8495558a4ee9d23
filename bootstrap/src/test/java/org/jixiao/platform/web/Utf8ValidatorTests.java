package org.jixiao.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8ValidatorTests {

    private static boolean valid(byte[] bytes) {
        Utf8Validator validator = new Utf8Validator();
        return validator.accept(bytes, 0, bytes.length) && validator.complete();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": 1}", "乌鲁木齐县第一中学", "😀 𠀀", "ÿ", "\u07ff\u0800\uffff"})
    void wellFormedTextPasses(String text) {
        assertThat(valid(text.getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"c0af", "c080", "e080af", "f08080af", "eda080", "edbfbf", "f4908080", "f5808080", "80",
            "bf", "c2", "e4b8", "f09f98", "fe", "ff"})
    void overlongSurrogateOutOfRangeAndCutShortAreRefused(String hex) {
        assertThat(valid(HexFormat.of().parseHex(hex))).as(hex).isFalse();
    }
}
