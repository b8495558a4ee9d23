package org.jixiao.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

class ProblemMessagesTests {

    private final ProblemMessages messages;

    ProblemMessagesTests() {
        StaticMessageSource source = new StaticMessageSource();
        source.addMessage("year", Locale.SIMPLIFIED_CHINESE, "预算年度应在 {1} 到 {2} 之间：{0}");
        source.addMessage("amount", Locale.SIMPLIFIED_CHINESE, "金额：{0}");
        messages = new ProblemMessages(source);
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void numbersAreWrittenAsTheyAreNeverWithGrouping() {
        assertThat(messages.get("year", 1999, 2000, 2100)).isEqualTo("预算年度应在 2000 到 2100 之间：1999");
        assertThat(messages.get("amount", new BigDecimal("1234567.891"))).isEqualTo("金额：1234567.891");
    }

    @Test
    void anUnboundedDecimalIsNotWrittenOut() {
        assertThat(messages.get("amount", new BigDecimal("1e-999999999"))).isEqualTo("金额：…");
    }
}
