package org.jixiao.sharedkernel;

import org.jspecify.annotations.Nullable;

/**
 * The version a caller says it last read, for optimistic concurrency: from the {@code If-Match} header (the web
 * platform parses it into this) or a {@code version} field in the body. Neither given: no check.
 *
 * @param value the version named
 */
public record ExpectedVersion(long value) {

    /** A version no resource has: what a caller names when its header and body disagree, or a weak tag. */
    public static final ExpectedVersion NONE_MATCHES = new ExpectedVersion(-1);

    /**
     * The version to check: the header's and the body's when both are given (if they differ one of them is stale,
     * so no version matches), else whichever is given; null when the caller named none.
     */
    public static @Nullable Long of(@Nullable ExpectedVersion ifMatch, @Nullable Long bodyVersion) {
        if (ifMatch == null) {
            return bodyVersion;
        }
        if (bodyVersion != null && bodyVersion != ifMatch.value()) {
            return NONE_MATCHES.value();
        }
        return ifMatch.value();
    }

    /** The one version check: 409 naming the current state unless {@code expected} is null or {@code actual}. */
    public static void check(@Nullable Long expected, long actual, String currentState) {
        if (expected != null && expected != actual) {
            throw new StateConflictException("problem.staleVersion", currentState);
        }
    }
}
