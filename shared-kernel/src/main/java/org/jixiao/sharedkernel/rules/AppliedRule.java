package org.jixiao.sharedkernel.rules;

/**
 * A rule as a computed result records it: the key, the value it applied (as its JSON tree), where the value came
 * from and the version that set it — enough for an auditor to see and reproduce the result, not only its highest
 * rule version.
 *
 * @param source  the region whose override applied, or {@code DEFAULT} for the national default
 * @param version the rule change that set the value; 0 for the national default
 */
public record AppliedRule(String key, Object value, String source, long version) {

    public static <T> AppliedRule of(Rule<T> rule) {
        return new AppliedRule(rule.key().key(), rule.key().write(rule.value()),
                rule.isDefault() ? "DEFAULT" : rule.source().value(), rule.version());
    }
}
