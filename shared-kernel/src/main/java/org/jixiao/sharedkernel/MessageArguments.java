package org.jixiao.sharedkernel;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The arguments of a problem message: a value the caller sent may be null, and is then shown as {@code null}. */
public final class MessageArguments {

    private MessageArguments() {
    }

    public static List<Object> of(@Nullable Object... arguments) {
        return Arrays.stream(arguments).map(argument -> argument == null ? (Object) "null" : argument).toList();
    }
}
