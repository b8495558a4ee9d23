package org.jixiao.platform.web;

import org.jspecify.annotations.Nullable;

/**
 * Characters no text of ours may hold, wherever it comes from (body, query, credentials): NUL, which PostgreSQL
 * cannot store, and a surrogate without its pair, which is no character at all and would be stored as {@code ?}.
 */
final class TextProblems {

    private TextProblems() {
    }

    /** The message code of the first problem, or {@code null} when the text is clean. */
    static @Nullable String of(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "problem.nulCharacter";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return "problem.loneSurrogate";
                }
            } else if (Character.isLowSurrogate(c)) {
                return "problem.loneSurrogate";
            }
        }
        return null;
    }
}
