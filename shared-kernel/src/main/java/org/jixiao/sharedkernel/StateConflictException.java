package org.jixiao.sharedkernel;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An act the resource's current state does not allow (submitting an approved target, scoring a concluded
 * assessment), a duplicate business key, or a stale version. Rendered as 409 with the current state in the
 * problem details.
 */
public class StateConflictException extends RuntimeException {

    private final String code;
    private final @Nullable String currentState;
    private final transient List<Object> arguments;

    public StateConflictException(String code, @Nullable String currentState, @Nullable Object... arguments) {
        super(code + " (state " + currentState + ")");
        this.code = code;
        this.currentState = currentState;
        this.arguments = MessageArguments.of(arguments);
    }

    public String code() {
        return code;
    }

    /** The state the resource is in, or {@code null} when the conflict is not about a state. */
    public @Nullable String currentState() {
        return currentState;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
