package jixiao.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.rules.Rule;
import org.jixiao.sharedkernel.rules.RuleDeclarations;
import org.jixiao.sharedkernel.rules.RuleKey;
import org.jixiao.sharedkernel.rules.RuleSnapshot;
import org.jixiao.sharedkernel.rules.RuleStore;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * A double of the platform's rule store: the national defaults of every key the stages on the classpath declare,
 * and the overrides a test {@link #set}s, inherited down the region tree as the platform does.
 */
public class TestRuleStore implements RuleStore {

    private final List<RuleKey<?>> keys = declaredKeys();
    private final Map<String, Rule<?>> overrides = new ConcurrentHashMap<>();
    private final AtomicLong versions = new AtomicLong();

    /** Overrides {@code key} for {@code region} and {@code year} from now on; returns the rule as set. */
    public <T> Rule<T> set(RuleKey<T> key, RegionCode region, FiscalYear year, T value) {
        Rule<T> rule = new Rule<>(key, key.read(key.write(value)), region, versions.incrementAndGet());
        overrides.put(id(key, region, year), rule);
        return rule;
    }

    /** Back to the national defaults. */
    public void clear() {
        overrides.clear();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Rule<T> resolve(RuleKey<T> key, RegionCode region, FiscalYear year) {
        for (RegionCode level : region.lineage()) {
            Rule<?> override = overrides.get(id(key, level, year));
            if (override != null) {
                return (Rule<T>) override;
            }
        }
        return new Rule<>(key, key.defaultValue(), null, 0);
    }

    @Override
    public RuleSnapshot snapshot(RegionCode region, FiscalYear year) {
        List<Rule<?>> rules = new ArrayList<>();
        keys.forEach(key -> rules.add(resolve(key, region, year)));
        return new RuleSnapshot(region, year, rules);
    }

    private static String id(RuleKey<?> key, RegionCode region, FiscalYear year) {
        return key.key() + "@" + region.value() + "/" + year.value();
    }

    private static List<RuleKey<?>> declaredKeys() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(RuleDeclarations.class));
        List<RuleKey<?>> keys = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("org.jixiao")) {
            Class<?> type = ClassUtils.resolveClassName(Objects.requireNonNull(definition.getBeanClassName()),
                    TestRuleStore.class.getClassLoader());
            keys.addAll(((RuleDeclarations) BeanUtils.instantiateClass(type)).ruleKeys());
        }
        return List.copyOf(keys);
    }
}
