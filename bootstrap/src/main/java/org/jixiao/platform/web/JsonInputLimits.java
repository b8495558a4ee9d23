package org.jixiao.platform.web;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.sharedkernel.Decimals;
import org.jixiao.sharedkernel.MessageArguments;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every JSON value is bounded while it is parsed, before anything formats or stores it: document size and depth,
 * string and name lengths, digits of a number ({@link RequestGuard} bounds the body in bytes before that), and the
 * values themselves — a decimal beyond {@link Decimals}, a string holding NUL (PostgreSQL cannot store it) or a
 * lone surrogate (it would be stored as {@code ?}) — are refused as a 400 naming the field. Duplicate keys are
 * refused rather than silently resolved.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputLimits {

    /** Longest string value, in characters: far beyond any goal, finding or summary; names are short. */
    static final int MAX_STRING_LENGTH = 100_000;

    @Bean
    JsonFactoryBuilderCustomizer jsonReadConstraints(RequestGuard.Limits limits) {
        return factory -> factory
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(limits.maxBodySize().toBytes())
                        .maxNestingDepth(32)
                        .maxNumberLength(64)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNameLength(200)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    @Bean
    JsonMapperBuilderCustomizer boundedValues() {
        SimpleModule module = new SimpleModule("jixiao-bounded-values")
                .addDeserializer(BigDecimal.class, new BoundedDecimals())
                .addDeserializer(String.class, new CleanStrings());
        return mapper -> mapper.addModule(module);
    }

    /** A value refused while parsing: {@code code} and {@code arguments} are a message of the bundle. */
    static final class RejectedValue extends MismatchedInputException {

        private final String code;
        private final List<Object> arguments;

        RejectedValue(JsonParser parser, Class<?> type, String code, @Nullable Object... arguments) {
            super(parser, code, type);
            this.code = code;
            this.arguments = MessageArguments.of(arguments);
        }

        String code() {
            return code;
        }

        List<Object> arguments() {
            return arguments;
        }
    }

    private static final class BoundedDecimals extends ValueDeserializer<BigDecimal> {

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            if (value != null && !Decimals.isBounded(value)) {
                throw new RejectedValue(parser, BigDecimal.class, "number.outOfRange", Decimals.MAX_INTEGER_DIGITS,
                        Decimals.MAX_SCALE);
            }
            return value;
        }
    }

    private static final class CleanStrings extends ValueDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null) {
                String problem = TextProblems.of(value);
                if (problem != null) {
                    throw new RejectedValue(parser, String.class, problem);
                }
            }
            return value;
        }
    }
}
