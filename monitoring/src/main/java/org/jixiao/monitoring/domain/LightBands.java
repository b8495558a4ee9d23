package org.jixiao.monitoring.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jixiao.monitoring.events.Light;
import org.jixiao.sharedkernel.InvalidValueException;
import org.jixiao.sharedkernel.rules.RuleKey;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The bounds of the lights (rule {@code monitoring.lightBands}) in percent of the year's pace: below {@code red} a
 * red light, below {@code yellow} yellow, below {@code blue} green, else blue. Execution has no blue: at or above
 * {@code yellow} it is green. Default 60 / 80 / 120.
 */
@ValueObject
public record LightBands(BigDecimal red, BigDecimal yellow, BigDecimal blue) {

    public static final LightBands NATIONAL_DEFAULT =
            new LightBands(BigDecimal.valueOf(60), BigDecimal.valueOf(80), BigDecimal.valueOf(120));

    public LightBands {
        Objects.requireNonNull(red, "red");
        Objects.requireNonNull(yellow, "yellow");
        Objects.requireNonNull(blue, "blue");
        if (red.signum() < 0 || yellow.compareTo(red) <= 0 || blue.compareTo(yellow) <= 0) {
            throw new InvalidValueException("lightBands.notAscending", red, yellow, blue);
        }
    }

    /** The light of an indicator at {@code pace} percent of its pro-rated target (already rounded). */
    public Light of(BigDecimal pace) {
        if (pace.compareTo(red) < 0) {
            return Light.RED;
        }
        if (pace.compareTo(yellow) < 0) {
            return Light.YELLOW;
        }
        return pace.compareTo(blue) < 0 ? Light.GREEN : Light.BLUE;
    }

    /** The execution light at {@code pace} percent of the time progress (already rounded): never blue. */
    public Light ofExecution(BigDecimal pace) {
        Light light = of(pace);
        return light == Light.BLUE ? Light.GREEN : light;
    }

    public static LightBands ofNames(Map<String, BigDecimal> bounds) {
        return new LightBands(RuleKey.entry(bounds, "RED"), RuleKey.entry(bounds, "YELLOW"),
                RuleKey.entry(bounds, "BLUE"));
    }

    public Map<String, BigDecimal> byName() {
        Map<String, BigDecimal> bounds = new LinkedHashMap<>();
        bounds.put("RED", red);
        bounds.put("YELLOW", yellow);
        bounds.put("BLUE", blue);
        return bounds;
    }
}
