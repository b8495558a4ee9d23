package org.jixiao.sharedkernel.rules;

import org.jixiao.sharedkernel.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * The value of a rule in force for a region and year, where it came from and the version that set it. A computed
 * result stores the version so that it can say which rule it used.
 *
 * @param source  the region whose override applies, or {@code null} for the national default
 * @param version the rule change that set this value; 0 for the national default
 */
public record Rule<T>(RuleKey<T> key, T value, @Nullable RegionCode source, long version) {

    public boolean isDefault() {
        return source == null;
    }
}
