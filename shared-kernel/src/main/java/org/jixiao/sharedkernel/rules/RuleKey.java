package org.jixiao.sharedkernel.rules;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.jixiao.sharedkernel.Decimals;
import org.jixiao.sharedkernel.GradeBands;
import org.jixiao.sharedkernel.InvalidValueException;
import org.jixiao.sharedkernel.Money;
import org.jspecify.annotations.Nullable;

/**
 * One rule: its key ({@code evaluation.gradeBands}), what it means, its national default, and how its JSON value
 * is read and checked. Values travel as plain JSON trees: {@code Map<String, Object>} for objects,
 * {@link BigDecimal} for numbers, {@code String}, {@code Boolean} and {@code null}. A malformed value is an
 * {@link InvalidValueException}, which the API answers with 400.
 *
 * @param <T> the type the stage computes with
 */
public abstract class RuleKey<T> {

    private final String key;
    private final String description;
    private final T defaultValue;

    protected RuleKey(String key, String description, T defaultValue) {
        this.key = Objects.requireNonNull(key, "key");
        this.description = Objects.requireNonNull(description, "description");
        this.defaultValue = defaultValue;
    }

    public String key() {
        return key;
    }

    /** What the rule means, in Chinese and English, as the rules API shows it. */
    public String description() {
        return description;
    }

    /** The national default. */
    public T defaultValue() {
        return defaultValue;
    }

    /** Reads and checks a JSON value; throws {@link InvalidValueException} when it is malformed. */
    public abstract T read(@Nullable Object json);

    /** The JSON tree of a value ({@code null} is JSON null). */
    public abstract @Nullable Object write(T value);

    /**
     * The JSON Schema (2020-12, as OpenAPI 3.1 uses it) of the values {@link #read} accepts, as a plain JSON tree:
     * the API documents each key's value with it. It states the shape and the bounds; the checks a value type
     * makes across entries (a sum of 100, an order) are in the key's description.
     */
    public abstract Map<String, Object> valueSchema();

    @Override
    public String toString() {
        return key;
    }

    // --- the shapes the rule keys of DOMAIN.md take -------------------------------------------------------

    /** Lower bounds of 优/良/中: {@code {"EXCELLENT": 90, "GOOD": 80, "FAIR": 60}}. */
    public static RuleKey<GradeBands> gradeBands(String key, String description, GradeBands defaultValue) {
        return new RuleKey<>(key, description, defaultValue) {
            @Override
            public GradeBands read(@Nullable Object json) {
                Map<String, BigDecimal> bounds = asNumbers(json, List.of("EXCELLENT", "GOOD", "FAIR"));
                return new GradeBands(entry(bounds, "EXCELLENT"), entry(bounds, "GOOD"), entry(bounds, "FAIR"));
            }

            @Override
            public Object write(GradeBands value) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("EXCELLENT", value.excellent());
                json.put("GOOD", value.good());
                json.put("FAIR", value.fair());
                return json;
            }

            @Override
            public Map<String, Object> valueSchema() {
                return pointsSchema(List.of("EXCELLENT", "GOOD", "FAIR"));
            }
        };
    }

    /** A number from {@code min} to {@code max} inclusive, e.g. a percentage of 0–100. */
    public static RuleKey<BigDecimal> number(String key, String description, BigDecimal defaultValue, BigDecimal min,
            BigDecimal max) {
        return new RuleKey<>(key, description, defaultValue) {
            @Override
            public BigDecimal read(@Nullable Object json) {
                return checkRange(asNumber(json, key), min, max, key);
            }

            @Override
            public Object write(BigDecimal value) {
                return value;
            }

            @Override
            public Map<String, Object> valueSchema() {
                return numberSchema(min, max);
            }
        };
    }

    /** A whole number from {@code min} to {@code max} inclusive, e.g. a number of days. */
    public static RuleKey<Integer> wholeNumber(String key, String description, int defaultValue, int min, int max) {
        return new RuleKey<>(key, description, defaultValue) {
            @Override
            public Integer read(@Nullable Object json) {
                BigDecimal value = checkRange(asNumber(json, key), BigDecimal.valueOf(min), BigDecimal.valueOf(max),
                        key);
                if (value.stripTrailingZeros().scale() > 0) {
                    throw new InvalidValueException("rule.notWhole", key);
                }
                return value.intValueExact();
            }

            @Override
            public Object write(Integer value) {
                return BigDecimal.valueOf(value);
            }

            @Override
            public Map<String, Object> valueSchema() {
                Map<String, Object> schema = numberSchema(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
                schema.put("type", "integer");
                return schema;
            }
        };
    }

    /**
     * Named points as a value type: {@code {"SUPPORT": 90, "SUPPORT_AFTER_REVISION": 70}}. Each name of the default
     * is present exactly once and is 0–100; the value type's constructor checks the rest (a sum of 100, an order),
     * so the check exists once, where the value is.
     *
     * @param fromPoints builds the value from the points by name
     * @param toPoints   the points of a value by name, in the order the JSON lists them
     */
    public static <T> RuleKey<T> points(String key, String description, T defaultValue,
            Function<Map<String, BigDecimal>, T> fromPoints, Function<T, Map<String, BigDecimal>> toPoints) {
        return bounds(key, description, defaultValue, fromPoints, toPoints, BigDecimal.valueOf(100));
    }

    /**
     * Named numbers from 0 to {@code max} as a value type, like {@link #points} but with another ceiling: the light
     * bands of monitoring, {@code {"RED": 60, "YELLOW": 80, "BLUE": 120}}, are percentages of a pace that may
     * exceed 100.
     */
    public static <T> RuleKey<T> bounds(String key, String description, T defaultValue,
            Function<Map<String, BigDecimal>, T> fromPoints, Function<T, Map<String, BigDecimal>> toPoints,
            BigDecimal max) {
        List<String> names = List.copyOf(toPoints.apply(defaultValue).keySet());
        return new RuleKey<>(key, description, defaultValue) {
            @Override
            public T read(@Nullable Object json) {
                Map<String, BigDecimal> values = asNumbers(json, names);
                values.forEach((name, value) -> checkRange(value, BigDecimal.ZERO, max, name));
                return fromPoints.apply(values);
            }

            @Override
            public Object write(T value) {
                return new LinkedHashMap<String, Object>(toPoints.apply(value));
            }

            @Override
            public Map<String, Object> valueSchema() {
                return objectSchema(names, numberSchema(BigDecimal.ZERO, max));
            }
        };
    }

    /** Points that must sum to 100 (assessment weights, evaluation blocks); the rule of DOMAIN.md, written once. */
    public static void requireSumOfHundred(Collection<BigDecimal> points) {
        BigDecimal sum = points.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
            throw new InvalidValueException("rule.sumNotHundred", sum.toPlainString());
        }
    }

    /** An amount of money, or none (JSON {@code null}), e.g. the assessment threshold. */
    public static RuleKey<Optional<Money>> optionalMoney(String key, String description, Optional<Money> defaultValue) {
        return new RuleKey<>(key, description, defaultValue) {
            @Override
            public Optional<Money> read(@Nullable Object json) {
                if (json == null) {
                    return Optional.empty();
                }
                Money money = Money.of(asNumber(json, key));
                if (money.isNegative()) {
                    throw new InvalidValueException("rule.outOfRange", key, BigDecimal.ZERO, "∞");
                }
                return Optional.of(money);
            }

            @Override
            public @Nullable Object write(Optional<Money> value) {
                return value.map(Money::yuan).orElse(null);
            }

            @Override
            public Map<String, Object> valueSchema() {
                Map<String, Object> schema = new LinkedHashMap<>();
                schema.put("type", List.of("number", "null"));
                schema.put("minimum", BigDecimal.ZERO);
                schema.put("description", "Yuan, at most 2 decimals; null for none");
                return schema;
            }
        };
    }

    /** Enum values by name: {@code {"EXCELLENT": "PRIORITY", ...}}. */
    public static <E extends Enum<E>> RuleKey<Map<String, E>> enumsByName(String key, String description,
            Map<String, E> defaultValue, Class<E> type) {
        List<String> names = List.copyOf(defaultValue.keySet());
        return new RuleKey<>(key, description, Map.copyOf(defaultValue)) {
            @Override
            public Map<String, E> read(@Nullable Object json) {
                Map<String, Object> object = asObject(json, names);
                Map<String, E> values = new LinkedHashMap<>();
                for (String name : names) {
                    Object value = object.get(name);
                    try {
                        values.put(name, Enum.valueOf(type, String.valueOf(value)));
                    } catch (IllegalArgumentException e) {
                        throw new InvalidValueException("rule.notAllowed", name, value);
                    }
                }
                return Map.copyOf(values);
            }

            @Override
            public Object write(Map<String, E> value) {
                Map<String, Object> json = new LinkedHashMap<>();
                names.forEach(name -> json.put(name, entry(value, name).name()));
                return json;
            }

            @Override
            public Map<String, Object> valueSchema() {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("type", "string");
                values.put("enum", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
                return objectSchema(names, values);
            }
        };
    }

    // --- the schemas of the shapes ----------------------------------------------------------------------

    private static Map<String, Object> numberSchema(BigDecimal min, BigDecimal max) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "number");
        schema.put("minimum", min);
        schema.put("maximum", max);
        return schema;
    }

    private static Map<String, Object> pointsSchema(List<String> names) {
        return objectSchema(names, numberSchema(BigDecimal.ZERO, BigDecimal.valueOf(100)));
    }

    /** An object with exactly these names, each a value of the given schema. */
    private static Map<String, Object> objectSchema(List<String> names, Map<String, Object> each) {
        Map<String, Object> properties = new LinkedHashMap<>();
        names.forEach(name -> properties.put(name, new LinkedHashMap<>(each)));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", names);
        schema.put("additionalProperties", false);
        return schema;
    }

    // --- reading JSON trees ----------------------------------------------------------------------------

    /** An entry the reading checked is present: every name of the default is in the points {@link #points} reads. */
    public static <V> V entry(Map<String, V> values, String name) {
        return Objects.requireNonNull(values.get(name), name);
    }

    private static Map<String, Object> asObject(@Nullable Object json, List<String> names) {
        if (!(json instanceof Map<?, ?> map)) {
            throw new InvalidValueException("rule.notAnObject", String.join(", ", names));
        }
        for (Object name : map.keySet()) {
            if (!names.contains(String.valueOf(name))) {
                throw new InvalidValueException("rule.unknownEntry", name, String.join(", ", names));
            }
        }
        for (String name : names) {
            if (!map.containsKey(name)) {
                throw new InvalidValueException("rule.missingEntry", name);
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) map;
        return object;
    }

    private static Map<String, BigDecimal> asNumbers(@Nullable Object json, List<String> names) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        asObject(json, names).forEach((name, value) -> values.put(name, asNumber(value, name)));
        return values;
    }

    private static BigDecimal asNumber(@Nullable Object json, String name) {
        if (json instanceof BigDecimal number) {
            return Decimals.requireBounded(number);
        }
        if (json instanceof Number number) {
            return Decimals.requireBounded(new BigDecimal(number.toString()));
        }
        throw new InvalidValueException("rule.notANumber", name);
    }

    private static BigDecimal checkRange(BigDecimal value, BigDecimal min, BigDecimal max, String name) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new InvalidValueException("rule.outOfRange", name, min, max);
        }
        return value;
    }
}
