package org.jixiao.sharedkernel.rules;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.RegionCode;

/**
 * Every rule in force for one region and fiscal year, read in one go ({@link RuleStore#snapshot}): a whole-region
 * job (a monitoring round, a rescore) resolves its rules once, and every result it computes applies the same ones.
 */
public final class RuleSnapshot {

    private final RegionCode region;
    private final FiscalYear year;
    private final Map<String, Rule<?>> rules;

    public RuleSnapshot(RegionCode region, FiscalYear year, List<Rule<?>> rules) {
        this.region = region;
        this.year = year;
        Map<String, Rule<?>> byKey = new LinkedHashMap<>();
        rules.forEach(rule -> byKey.put(rule.key().key(), rule));
        this.rules = Map.copyOf(byKey);
    }

    /** The national defaults of the keys given: what a region without overrides applies (and a test's snapshot). */
    public static RuleSnapshot ofDefaults(RegionCode region, FiscalYear year, List<RuleKey<?>> keys) {
        return new RuleSnapshot(region, year, keys.stream().<Rule<?>>map(RuleSnapshot::defaultRule).toList());
    }

    private static <T> Rule<T> defaultRule(RuleKey<T> key) {
        return new Rule<>(key, key.defaultValue(), null, 0);
    }

    public RegionCode region() {
        return region;
    }

    public FiscalYear year() {
        return year;
    }

    /** The rule in force for a declared key; a key no stage declared is a programming error. */
    @SuppressWarnings("unchecked")
    public <T> Rule<T> get(RuleKey<T> key) {
        Rule<?> rule = rules.get(key.key());
        if (rule == null) {
            throw new IllegalArgumentException("rule key " + key.key() + " is not declared by any stage");
        }
        return (Rule<T>) rule;
    }

    /** The rules as a result stores them, in the order asked for. */
    public List<AppliedRule> applied(RuleKey<?>... keys) {
        return Arrays.stream(keys).map(key -> AppliedRule.of(get(key))).toList();
    }
}
