package org.jixiao.sharedkernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A 6-digit administrative division code (行政区划代码): two digits of province, two of prefecture, two of county.
 * 650000 Xinjiang (province level) &gt; 650100 Urumqi city (prefecture level) &gt; 650121 Urumqi county (county
 * level). The parent of a county is its prefecture, of a prefecture its province.
 */
@ValueObject
public record RegionCode(String value) {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    /** 省(自治区) / 地州市 / 县(旗县区). */
    public enum Level implements Labelled {
        PROVINCE("省级"),
        PREFECTURE("地市级"),
        COUNTY("县级");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public RegionCode {
        Objects.requireNonNull(value, "value");
        if (!SIX_DIGITS.matcher(value).matches() || value.startsWith("00")) {
            throw new InvalidValueException("regionCode.invalid", value);
        }
    }

    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    public static boolean isValid(String value) {
        return value != null && SIX_DIGITS.matcher(value).matches() && !value.startsWith("00");
    }

    public Level level() {
        if (!value.endsWith("00")) {
            return Level.COUNTY;
        }
        return value.endsWith("0000") ? Level.PROVINCE : Level.PREFECTURE;
    }

    /** The region one level up, or empty for a province. */
    public Optional<RegionCode> parent() {
        return switch (level()) {
            case COUNTY -> Optional.of(new RegionCode(value.substring(0, 4) + "00"));
            case PREFECTURE -> Optional.of(new RegionCode(value.substring(0, 2) + "0000"));
            case PROVINCE -> Optional.empty();
        };
    }

    /** This region and its parents, nearest first: 650121, 650100, 650000 (the order rules are inherited in). */
    public List<RegionCode> lineage() {
        List<RegionCode> lineage = new ArrayList<>(3);
        Optional<RegionCode> next = Optional.of(this);
        while (next.isPresent()) {
            lineage.add(next.get());
            next = next.get().parent();
        }
        return List.copyOf(lineage);
    }

    /** True when this region is {@code other} or lies below it. */
    public boolean isWithin(RegionCode other) {
        return lineage().contains(other);
    }

    @Override
    public String toString() {
        return value;
    }
}
