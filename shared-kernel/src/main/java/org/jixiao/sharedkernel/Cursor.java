package org.jixiao.sharedkernel;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Base64;
import java.util.List;

/**
 * Where a page ended, as the values of the list's order in its last item, handed to the client as an opaque
 * string ({@code page.next}) and sent back as {@code ?after=}. The list that made it reads it back; a cursor that
 * is not one of ours, or has the wrong number of values for the list, is a 400 naming {@code after}.
 */
public record Cursor(List<String> keys) {

    /** A cursor longer than this is no cursor of ours (paths are at most a few hundred characters). */
    public static final int MAX_LENGTH = 1024;
    private static final String SEPARATOR = "\u001f";

    public Cursor {
        keys = List.copyOf(keys);
    }

    public static Cursor of(String... keys) {
        return new Cursor(List.of(keys));
    }

    static Cursor parse(String text) {
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw InvalidInputException.of("after", "page.badCursor");
        }
        try {
            return new Cursor(List.of(new String(Base64.getUrlDecoder().decode(text), UTF_8).split(SEPARATOR, -1)));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("after", "page.badCursor");
        }
    }

    /** The cursor's values, if it has {@code count} of them; otherwise it was made by another list: a 400. */
    public List<String> keys(int count) {
        if (keys.size() != count) {
            throw InvalidInputException.of("after", "page.badCursor");
        }
        return keys;
    }

    /** The string a client sends back as {@code after}. */
    public String text() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join(SEPARATOR, keys).getBytes(UTF_8));
    }
}
