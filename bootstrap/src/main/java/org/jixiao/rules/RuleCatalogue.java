package org.jixiao.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.jixiao.JixiaoApplication;
import org.jixiao.sharedkernel.rules.RuleDeclarations;
import org.jixiao.sharedkernel.rules.RuleKey;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Every rule key of every stage, found once at start-up from the stages' {@link RuleDeclarations}, so the
 * platform never depends on a stage. Keys are listed in alphabetical order.
 */
@Component
class RuleCatalogue {

    private final Map<String, RuleKey<?>> keys;

    RuleCatalogue() {
        this(scan(ClassUtils.getPackageName(JixiaoApplication.class)));
    }

    RuleCatalogue(Map<String, RuleKey<?>> keys) {
        this.keys = Map.copyOf(keys);
    }

    Collection<RuleKey<?>> all() {
        return new TreeMap<>(keys).values();
    }

    Optional<RuleKey<?>> find(String key) {
        return Optional.ofNullable(keys.get(key));
    }

    static Map<String, RuleKey<?>> scan(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(RuleDeclarations.class));
        Map<String, RuleKey<?>> found = new LinkedHashMap<>();
        for (BeanDefinition definition : scanner.findCandidateComponents(basePackage)) {
            Class<?> type = ClassUtils.resolveClassName(Objects.requireNonNull(definition.getBeanClassName()),
                    RuleCatalogue.class.getClassLoader());
            RuleDeclarations declarations = (RuleDeclarations) BeanUtils.instantiateClass(type);
            for (RuleKey<?> key : declarations.ruleKeys()) {
                if (found.putIfAbsent(key.key(), key) != null) {
                    throw new IllegalStateException("rule key " + key.key() + " is declared twice");
                }
            }
        }
        return found;
    }
}
