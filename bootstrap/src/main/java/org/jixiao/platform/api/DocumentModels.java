package org.jixiao.platform.api;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

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
