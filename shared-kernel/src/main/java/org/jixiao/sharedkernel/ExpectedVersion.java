package org.jixiao.sharedkernel;

/**
 * The version a caller says it last read, for optimistic concurrency: the {@code If-Match} header (an ETag such
 * as {@code "3"} or {@code W/"3"}) or a {@code version} field in the body. Neither given: no check.
 */
public final class ExpectedVersion {

    private ExpectedVersion() {
    }

    /** The expected version, or null when the caller named none; a malformed If-Match is a 400. */
    public static Long of(String ifMatch, Long bodyVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            // If-Match: * asks only that the resource exists (RFC 9110), which reaching it proved
            return bodyVersion;
        }
        String tag = ifMatch.replace("W/", "").replace("\"", "").trim();
        try {
            return Long.valueOf(tag);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("If-Match", "version.badIfMatch", ifMatch);
        }
    }

    /** The ETag of a version: {@code "3"}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
