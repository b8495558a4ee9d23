package org.jixiao.sharedkernel;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A value that breaks a rule of its type (money with three decimals, a region code of five digits, a score
 * above 100). Carries a message code and its arguments; the platform renders it as a 400 problem detail in the
 * caller's language. Use {@link InvalidInputException} to name the request field.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String code;
    private final transient List<Object> arguments;

    public InvalidValueException(String code, @Nullable Object... arguments) {
        super(code + MessageArguments.of(arguments));
        this.code = code;
        this.arguments = MessageArguments.of(arguments);
    }

    /** The message code, resolved by the platform against its message bundles. */
    public String code() {
        return code;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
