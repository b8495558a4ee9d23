package org.jixiao.platform.api;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.core.jackson.TypeNameResolver;
import com.fasterxml.jackson.databind.JavaType;
import java.util.Set;

/**
 * Unique, stable schema names for a document a generator reads. A top-level type keeps its simple name; a nested
 * record is named with its owner's stem unless its own name already carries it: {@code TargetRequests.Create} →
 * {@code TargetCreateRequest}, {@code AssessmentView.Sheet} → {@code AssessmentSheet}, {@code TargetView.IndicatorView}
 * → {@code TargetIndicatorView}, {@code RulesController.ChangeView} → {@code RuleChangeView}, {@code Page.Meta} →
 * {@code PageMeta}. Two types given one name are a programming error, reported when the document is built.
 */
final class SchemaNames extends TypeNameResolver {

    /**
     * Every name given so far, in this JVM: swagger-core keeps its model converters in a JVM-wide singleton, so a
     * second application context (tests start several) resolves through the first one's converter.
     */
    private static final Map<String, Class<?>> NAMED = new ConcurrentHashMap<>();

    @Override
    protected String getNameOfClass(Class<?> type) {
        String name = type.getEnclosingClass() == null ? super.getNameOfClass(type) : nestedName(type);
        Class<?> earlier = NAMED.putIfAbsent(name, type);
        if (earlier != null && earlier != type) {
            throw new IllegalStateException("schema name " + name + " is given to both " + earlier.getName() + " and "
                    + type.getName() + ": rename one or give it @Schema(name = ...)");
        }
        return name;
    }

    /** A generic type's name ({@code PageTargetListItem}) is its raw type's for the checks of the document. */
    @Override
    protected String nameForGenericType(JavaType type, Set<Options> options) {
        String name = super.nameForGenericType(type, options);
        NAMED.putIfAbsent(name, type.getRawClass());
        return name;
    }

    /** The type given this schema name, once the document has named it. */
    static Optional<Class<?>> typeNamed(String name) {
        return Optional.ofNullable(NAMED.get(name));
    }

    static String nestedName(Class<?> type) {
        String outer = type.getEnclosingClass().getSimpleName();
        String inner = type.getSimpleName();
        boolean requests = outer.endsWith("Requests");
        String stem = outer;
        if (requests) {
            stem = outer.substring(0, outer.length() - "Requests".length());
        } else if (outer.endsWith("Controller")) {
            stem = singular(outer.substring(0, outer.length() - "Controller".length()));
        } else if (outer.endsWith("View")) {
            stem = outer.substring(0, outer.length() - "View".length());
        }
        String name = inner.contains(lastWord(stem)) ? inner : stem + inner;
        return requests && !name.endsWith("Request") ? name + "Request" : name;
    }

    private static String singular(String word) {
        return word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }

    private static String lastWord(String camel) {
        for (int i = camel.length() - 1; i > 0; i--) {
            if (Character.isUpperCase(camel.charAt(i))) {
                return camel.substring(i);
            }
        }
        return camel;
    }
}
