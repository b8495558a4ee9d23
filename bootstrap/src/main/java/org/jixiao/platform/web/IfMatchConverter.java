package org.jixiao.platform.web;

import org.jixiao.sharedkernel.ExpectedVersion;
import org.jixiao.sharedkernel.InvalidValueException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;

/**
 * The {@code If-Match} header (RFC 9110) as the version a caller expects: {@code "3"} (or {@code 3}) is 3; a weak tag
 * {@code W/"3"} never matches (If-Match compares strongly; our ETags are strong), so it is a stale version; {@code *}
 * names none (it asks only that the resource exists, which reaching it proved). Anything else is a 400 naming
 * {@code If-Match}. Controllers declare {@code @RequestHeader("If-Match") ExpectedVersion}.
 */
final class IfMatchConverter implements Converter<String, ExpectedVersion> {

    @Override
    @SuppressWarnings("NullAway") // Spring's Converter may return null (T extends @Nullable Object); null: no version
    public @Nullable ExpectedVersion convert(String ifMatch) {
        String tag = ifMatch.strip();
        if (tag.isEmpty() || tag.equals("*")) {
            return null;
        }
        boolean weak = tag.startsWith("W/");
        if (weak) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        if (!tag.matches("[0-9]{1,18}")) {
            throw new InvalidValueException("version.badIfMatch", ifMatch.length() > 40 ? ifMatch.substring(0, 40) : ifMatch);
        }
        return weak ? ExpectedVersion.NONE_MATCHES : new ExpectedVersion(Long.parseLong(tag));
    }
}
