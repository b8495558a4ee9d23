package org.jixiao.sharedkernel;

/**
 * The version a caller says it last read, for optimistic concurrency: from the {@code If-Match} header (the web
 * platform parses it into this) or a {@code version} field in the body. Neither given: no check.
 *
 * @param value the version named
 */
public record ExpectedVersion(long value) {

    /** The version to check: the header's when given, else the body's; null when the caller named none. */
    public static Long of(ExpectedVersion ifMatch, Long bodyVersion) {
        return ifMatch != null ? Long.valueOf(ifMatch.value()) : bodyVersion;
    }

    /** The one version check: 409 naming the current state unless {@code expected} is null or {@code actual}. */
    public static void check(Long expected, long actual, String currentState) {
        if (expected != null && expected != actual) {
            throw new StateConflictException("problem.staleVersion", currentState);
        }
    }
}
