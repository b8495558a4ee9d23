package org.jixiao.platform.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jixiao.JixiaoApplication;
import org.jixiao.sharedkernel.Labelled;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Every enum a user sees, with its values and Chinese labels. Found by scanning for {@link Labelled} enums once
 * at start-up, so a stage adds an enum to {@code GET /api/v1/enums} just by declaring it; the platform never
 * depends on a stage.
 */
@Component
class EnumCatalogue {

    /** One value on the wire and its label. */
    record Value(String value, String label) {
    }

    private final Map<String, List<Value>> enums;

    EnumCatalogue() {
        this.enums = Collections.unmodifiableMap(scan(ClassUtils.getPackageName(JixiaoApplication.class)));
    }

    /** Enum name (a nested enum is named after its owner too: {@code RegionCodeLevel}) → values in declared order. */
    Map<String, List<Value>> all() {
        return enums;
    }

    static Map<String, List<Value>> scan(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Labelled.class));
        Map<String, List<Value>> found = new TreeMap<>();
        for (BeanDefinition definition : scanner.findCandidateComponents(basePackage)) {
            Class<?> type = ClassUtils.resolveClassName(Objects.requireNonNull(definition.getBeanClassName()),
                    EnumCatalogue.class.getClassLoader());
            if (!type.isEnum()) {
                continue;
            }
            List<Value> values = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                values.add(new Value(((Enum<?>) constant).name(), ((Labelled) constant).label()));
            }
            String name = type.getName().substring(type.getPackageName().length() + 1).replace("$", "");
            if (found.putIfAbsent(name, List.copyOf(values)) != null) {
                throw new IllegalStateException("two enums are named " + name + ": give one a more specific name");
            }
        }
        return new LinkedHashMap<>(found);
    }
}
