package org.jixiao.sharedkernel;

import java.math.BigDecimal;

/**
 * The bound every decimal from outside passes before anything formats, rounds or stores it: at most
 * {@value #MAX_INTEGER_DIGITS} digits before the point and {@value #MAX_SCALE} after it. Far beyond any budget,
 * score or indicator value, and small enough that writing the number out is cheap — {@code 1e-999999999} is
 * twelve characters of JSON but a billion digits in plain notation, and {@code 1e999999999} rounded to 分 is a
 * 400 MB integer.
 */
public final class Decimals {

    public static final int MAX_INTEGER_DIGITS = 20;
    public static final int MAX_SCALE = 20;

    private Decimals() {
    }

    /** True when the value can be written out and computed with at no risk. */
    public static boolean isBounded(BigDecimal value) {
        return value.scale() <= MAX_SCALE && value.precision() - value.scale() <= MAX_INTEGER_DIGITS;
    }

    /** The value itself when bounded; otherwise the rejection, which never writes the number out. */
    public static BigDecimal requireBounded(BigDecimal value) {
        if (!isBounded(value)) {
            throw new InvalidValueException("number.outOfRange", MAX_INTEGER_DIGITS, MAX_SCALE);
        }
        return value;
    }
}
