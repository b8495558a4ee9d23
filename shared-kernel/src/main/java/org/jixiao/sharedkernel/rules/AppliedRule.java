package org.jixiao.sharedkernel.rules;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A rule as a computed result records it: the key, the value it applied (as its JSON tree), where the value came
 * from and the version that set it — enough for an auditor to see and reproduce the result, not only its highest
 * rule version.
 *
 * @param source  the region whose override applied, or {@code DEFAULT} for the national default
 * @param version the rule change that set the value; 0 for the national default
 */
public record AppliedRule(String key, @Nullable Object value, String source, long version) {

    public static <T> AppliedRule of(Rule<T> rule) {
        return new AppliedRule(rule.key().key(), rule.key().write(rule.value()),
                rule.source() == null ? "DEFAULT" : rule.source().value(), rule.version());
    }

    /** The typed value, read back through the key's codec. */
    public <T> T valueOf(RuleKey<T> ruleKey) {
        if (!ruleKey.key().equals(key)) {
            throw new IllegalArgumentException("applied rule " + key + " is not " + ruleKey.key());
        }
        return ruleKey.read(value);
    }

    /** The highest version among applied rules, as a result summarises them; 0 when all are national defaults. */
    public static long highestVersion(List<AppliedRule> rules) {
        return rules.stream().mapToLong(AppliedRule::version).max().orElse(0);
    }

    /** The applied rule of a key, if the result used it. */
    public static Optional<AppliedRule> find(List<AppliedRule> rules, RuleKey<?> key) {
        return rules.stream().filter(rule -> rule.key().equals(key.key())).findFirst();
    }
}
