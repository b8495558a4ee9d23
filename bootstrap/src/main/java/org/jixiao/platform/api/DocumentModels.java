package org.jixiao.platform.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jixiao.sharedkernel.FiscalYear;
import org.jspecify.annotations.Nullable;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

/**
 * How the document models the code's types: unique names ({@link SchemaNames}), and nullability as the code
 * declares it. Every package is {@code @NullMarked}, so a record component is non-null unless it says
 * {@code @Nullable}: a non-null component is {@code required}; a {@code @Nullable} one is not required and may be
 * {@code null} ({@code type: [..., "null"]}, or {@code anyOf} a reference and {@code null}). A generated client
 * then accepts the {@code null}s the server sends and sends what the server needs.
 */
final class DocumentModels extends ModelResolver {

    DocumentModels() {
        super(Json.mapper(), new SchemaNames());
    }

    /**
     * Declares required and nullable on every record schema of a finished document (swagger-core builds a record's
     * model in several passes, so this runs once the document is complete).
     */
    @SuppressWarnings("rawtypes")
    static void declareNullability(Map<String, Schema> schemas) {
        schemas.forEach((name, schema) -> SchemaNames.typeNamed(name).filter(Class::isRecord)
                .filter(type -> schema.getProperties() != null)
                .ifPresent(type -> declareNullability(type, schema)));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void declareNullability(Class<?> record, Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        Set<String> required = new LinkedHashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        for (RecordComponent component : record.getRecordComponents()) {
            String name = component.getName();
            Schema property = properties.get(name);
            if (property == null) {
                continue;
            }
            constrain(component, property);
            if (component.getType() == Object.class) {
                // any JSON value (a rule's value: an object, a number or null): no type to hold it to
                property.setType(null);
                property.setTypes(null);
            }
            if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                required.remove(name);
                properties.put(name, nullable(property));
            } else {
                required.add(name);
            }
        }
        schema.setRequired(List.copyOf(required));
    }

    /**
     * The constraints the server enforces, as JSON Schema means them: a non-blank string has at least one
     * character, a pattern matches the whole value (Bean Validation's {@code @Pattern} does; JSON Schema's
     * {@code pattern} would match any part), decimals have the digits {@code @Digits} allows, a fiscal year lies
     * in {@link FiscalYear}'s range.
     */
    @SuppressWarnings("rawtypes")
    private static void constrain(RecordComponent component, Schema property) {
        if (annotation(component, NotBlank.class) != null
                && (property.getMinLength() == null || property.getMinLength() < 1)) {
            property.setMinLength(1);
        }
        Pattern pattern = annotation(component, Pattern.class);
        if (pattern != null) {
            property.setPattern("^(?:" + pattern.regexp() + ")$");
        }
        Digits digits = annotation(component, Digits.class);
        if (digits != null) {
            // no multipleOf: validators in binary floating point would refuse 0.07; the limit is said in words
            BigDecimal step = BigDecimal.ONE.movePointLeft(digits.fraction());
            property.setMaximum(BigDecimal.ONE.movePointRight(digits.integer()).subtract(step));
            if (property.getDescription() == null) {
                property.setDescription("At most " + digits.fraction() + " decimals");
            }
        }
        typeEnumKeys(component, property);
        if (component.getName().equals("fiscalYear")) {
            property.setMinimum(BigDecimal.valueOf(FiscalYear.FIRST));
            property.setMaximum(BigDecimal.valueOf(FiscalYear.LAST));
        }
    }

    /**
     * A map keyed by an enum ({@code scores}, {@code criteria}, {@code findings}) is an object with exactly those
     * keys, each with the map's value schema, and no others (the server refuses unknown keys). One that may not be
     * empty ({@code @NotEmpty}: the scores of a sheet) needs every key.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void typeEnumKeys(RecordComponent component, Schema property) {
        if (!Map.class.isAssignableFrom(component.getType())
                || !(component.getGenericType() instanceof ParameterizedType map)
                || !(map.getActualTypeArguments()[0] instanceof Class<?> key) || !key.isEnum()
                || !(property.getAdditionalProperties() instanceof Schema value)) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (Object constant : key.getEnumConstants()) {
            names.add(((Enum<?>) constant).name());
            property.addProperty(((Enum<?>) constant).name(), value);
        }
        property.setAdditionalProperties(Boolean.FALSE);
        if (annotation(component, NotEmpty.class) != null) {
            property.setRequired(names);
        }
    }

    /** A constraint on a record component: Java puts it on the accessor (or the type, for a type-use one). */
    private static <A extends Annotation> @Nullable A annotation(RecordComponent component, Class<A> type) {
        A onAccessor = component.getAccessor().getAnnotation(type);
        return onAccessor != null ? onAccessor : component.getAnnotatedType().getAnnotation(type);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullable(Schema property) {
        if (property.getType() == null && property.getTypes() == null && property.get$ref() == null) {
            return property; // any value, null included
        }
        if (property.get$ref() != null) {
            Schema none = new Schema<>();
            none.addType("null");
            return new Schema<>().anyOf(List.of(new Schema<>().$ref(property.get$ref()), none))
                    .description(property.getDescription());
        }
        Set<String> types = new LinkedHashSet<>(property.getTypes() == null ? Set.of() : property.getTypes());
        if (types.isEmpty() && property.getType() != null) {
            types.add(property.getType());
        }
        types.add("null");
        property.setTypes(types);
        return property;
    }
}
