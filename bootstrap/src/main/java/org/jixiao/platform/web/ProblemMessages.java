package org.jixiao.platform.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
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
        return messages.getMessage(code, arguments.toArray(), code, locale());
    }

    String get(String code, Object... arguments) {
        return get(code, List.of(arguments));
    }

    String get(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
