package org.jixiao.platform.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jixiao.sharedkernel.Decimals;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Problem texts in the caller's language: Chinese by default, English with {@code Accept-Language: en}. Message
 * codes come from the stages' exceptions and from Bean Validation constraints.
 */
@Component
class ProblemMessages {

    private final MessageSource messages;

    ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    String get(String code, List<?> arguments) {
        return Objects.requireNonNullElse(messages.getMessage(code, plain(arguments.toArray()), code, locale()), code);
    }

    String get(String code, @Nullable Object... arguments) {
        return get(code, List.of(arguments));
    }

    String get(MessageSourceResolvable resolvable) {
        Object[] arguments = resolvable.getArguments();
        if (arguments == null) {
            return messages.getMessage(resolvable, locale());
        }
        return messages.getMessage(new DefaultMessageSourceResolvable(resolvable.getCodes(), plain(arguments),
                resolvable.getDefaultMessage()), locale());
    }

    /**
     * Numbers as they were written, never through the locale's number format ({@code 2021}, not {@code 2,021}); a
     * decimal beyond {@link Decimals} is not written out at all.
     */
    private static Object[] plain(Object[] arguments) {
        Object[] plain = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            if (argument instanceof BigDecimal decimal) {
                plain[i] = Decimals.isBounded(decimal) ? decimal.toPlainString() : "…";
            } else if (argument instanceof Number number) {
                plain[i] = number.toString();
            } else {
                plain[i] = argument;
            }
        }
        return plain;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
