package org.jixiao.sharedkernel;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Input that breaks a business rule, naming the fields at fault. Rendered as 400 with
 * {@code errors: [{field, message}]}. Domain code raises it so that every failure is a clear field error,
 * never a 500 and never a half-written record.
 */
public class InvalidInputException extends RuntimeException {

    /** One field at fault: the request field path (e.g. {@code indicators[2].level2}), a message code, arguments. */
    public record FieldViolation(String field, String code, List<Object> arguments) {

        public FieldViolation {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(code, "code");
            arguments = List.copyOf(arguments);
        }

        public static FieldViolation of(String field, String code, @Nullable Object... arguments) {
            return new FieldViolation(field, code, MessageArguments.of(arguments));
        }
    }

    private final transient List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super("invalid input: " + violations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException names at least one field");
        }
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String code, @Nullable Object... arguments) {
        return new InvalidInputException(List.of(FieldViolation.of(field, code, arguments)));
    }

    /** Re-raises a value type's rejection as a violation of the given field. */
    public static InvalidInputException at(String field, InvalidValueException cause) {
        return new InvalidInputException(List.of(new FieldViolation(field, cause.code(), cause.arguments())));
    }

    /** Reads a value whose type may reject it ({@code FiscalYear.of(year)}), pinning a rejection to the field. */
    public static <T> T forField(String field, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValueException e) {
            throw at(field, e);
        }
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
