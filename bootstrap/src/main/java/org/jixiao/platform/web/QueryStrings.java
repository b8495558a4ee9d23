package org.jixiao.platform.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * A raw query string checked strictly before anything decodes it: every {@code %} followed by two hex digits, the
 * bytes well-formed UTF-8 (no overlong forms, no encoded surrogates) and no NUL. Servlet containers turn a bad
 * query into an exception deep inside parameter parsing; here it is a 400 naming the parameter.
 */
final class QueryStrings {

    /** The parameter at fault (as far as it could be decoded) and the message code. */
    record Problem(String parameter, String code) {
    }

    private QueryStrings() {
    }

    static @Nullable Problem firstProblem(@Nullable String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = decode(rawName);
            String shownName = name == null || TextProblems.of(name) != null ? "query" : name;
            if (name == null || (equals >= 0 && decode(pair.substring(equals + 1)) == null)) {
                return new Problem(shownName, "problem.badEncoding");
            }
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            String problem = TextProblems.of(name + value);
            if (problem != null) {
                return new Problem(shownName, problem);
            }
        }
        return null;
    }

    /** Percent-decoded UTF-8, or {@code null} when the text is not a well-formed encoding. */
    static @Nullable String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                int codePoint = raw.codePointAt(i);
                if (Character.isSurrogate((char) codePoint)) {
                    return null;
                }
                byte[] encoded = Character.toString(codePoint).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(codePoint) - 1;
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer decoded = utf8.decode(ByteBuffer.wrap(bytes.toByteArray()));
            return decoded.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
