package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * What the unit entered for one indicator: the actual value as it gave it (a plain decimal in the indicator's unit
 * for a quantitative indicator; text, optional, for a qualitative one), the band and the score inside it in percent
 * of the indicator's points for a qualitative one, and why the indicator deviates from its target.
 */
@ValueObject
public record IndicatorInput(UUID indicatorId, @Nullable String actualValue, @Nullable AchievementBand achievement,
                             @Nullable BigDecimal percent, @Nullable String deviationReason) {

    /** A decimal as targets' values are: up to 18 integer and 6 decimal digits; a sign only to be refused. */
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,18}(\\.\\d{1,6})?");

    /** The actual value as a number, null when none was given or it is not a plain decimal. */
    public @Nullable BigDecimal actualNumber() {
        if (actualValue == null) {
            return null;
        }
        String value = actualValue.strip();
        return DECIMAL.matcher(value).matches() ? new BigDecimal(value) : null;
    }
}
