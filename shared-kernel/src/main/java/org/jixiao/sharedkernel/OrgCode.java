package org.jixiao.sharedkernel;

import java.util.Objects;
import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The code of an organisation unit: a region's 6-digit region code, or a department or unit code matching
 * {@code [A-Za-z0-9_-]{1,32}}, independent of the region code. Codes are unique across the whole tree and
 * case-sensitive.
 */
@ValueObject
public record OrgCode(String value) {

    private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    public OrgCode {
        Objects.requireNonNull(value, "value");
        if (!PATTERN.matcher(value).matches()) {
            throw new InvalidValueException("orgCode.invalid", value);
        }
    }

    public static OrgCode of(String value) {
        return new OrgCode(value);
    }

    public static boolean isValid(String value) {
        return value != null && PATTERN.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
