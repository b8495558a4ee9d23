package org.jixiao.platform.web;

/**
 * Checks bytes as they stream by for well-formed UTF-8 (RFC 3629): no overlong forms ({@code C0 AF} for "/"), no
 * encoded surrogates, nothing above U+10FFFF, no sequence cut short. JSON is UTF-8, and a lenient decoder would turn
 * such bytes into characters nobody sent.
 */
final class Utf8Validator {

    private int pending;
    private int low = 0x80;
    private int high = 0xBF;

    /** False as soon as the bytes so far cannot be UTF-8. */
    boolean accept(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (!accept(bytes[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    boolean accept(int b) {
        if (pending > 0) {
            if (b < low || b > high) {
                return false;
            }
            pending--;
            low = 0x80;
            high = 0xBF;
            return true;
        }
        if (b < 0x80) {
            return true;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        return true;
    }

    /** True when the bytes ended on a whole character. */
    boolean complete() {
        return pending == 0;
    }
}
