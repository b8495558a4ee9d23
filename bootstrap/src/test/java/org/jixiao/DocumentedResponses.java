package org.jixiao;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Every answer of an API operation in the web tests is checked against the OpenAPI document as served: its status
 * must be documented for the operation, and its JSON body must validate against the schema documented for that
 * status (JSON Schema 2020-12, as OpenAPI 3.1 is). So an undocumented status, a missing required field or a
 * {@code null} where the document promises a value fails the build, whichever test sent the request.
 */
final class DocumentedResponses implements ResultHandler {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final IntSupplier port;
    private volatile JsonNode document;
    private volatile List<Operation> operations;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private record Operation(String method, Pattern path, int parameters, String template, JsonNode node) {
    }

    DocumentedResponses(IntSupplier port) {
        this.port = port;
    }

    @Override
    public void handle(MvcResult result) throws Exception {
        MockHttpServletRequest request = result.getRequest();
        String path = request.getRequestURI();
        if (!path.startsWith("/api/")) {
            return;
        }
        Operation operation = operation(request.getMethod(), path);
        if (operation == null) {
            return; // not an operation of the document (an unknown path or method): nothing to hold it to
        }
        MockHttpServletResponse response = result.getResponse();
        String where = request.getMethod() + " " + operation.template() + " → " + response.getStatus();
        JsonNode documented = operation.node().path("responses").path(Integer.toString(response.getStatus()));
        if (documented.isMissingNode()) {
            throw new AssertionError(where + " is not documented in the OpenAPI document");
        }
        documented = resolve(documented);
        for (Iterator<String> headers = documented.path("headers").fieldNames(); headers.hasNext(); ) {
            String header = headers.next();
            if (response.getHeader(header) == null) {
                throw new AssertionError(where + " promises a " + header + " header and sends none");
            }
        }
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        if (body.isBlank()) {
            if (documented.has("content")) {
                throw new AssertionError(where + " promises a body and sends none");
            }
            return;
        }
        String media = response.getContentType() != null && response.getContentType().contains("problem")
                ? "application/problem+json" : "application/json";
        JsonNode schema = documented.path("content").path(media).path("schema");
        if (schema.isMissingNode()) {
            throw new AssertionError(where + " answers " + media + ", which the document does not describe");
        }
        List<Error> errors = schema(schema).validate(JSON.readTree(body));
        if (!errors.isEmpty()) {
            throw new AssertionError(where + " does not match its documented schema: " + errors + "\n" + body);
        }
    }

    private Schema schema(JsonNode schema) {
        return compiled.computeIfAbsent(schema.toString(), key -> compile(document(), schema));
    }

    /** A schema of the document, with the document's components beside it so that #/components/... resolves. */
    static Schema compile(JsonNode document, JsonNode schema) {
        ObjectNode root = schema.deepCopy();
        root.set("components", document.get("components"));
        return SCHEMAS.getSchema(SchemaLocation.of("urn:jixiao:response"), root);
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = document().at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private Operation operation(String method, String path) {
        Operation best = null;
        for (Operation operation : operations()) {
            if (operation.method().equalsIgnoreCase(method) && operation.path().matcher(path).matches()
                    && (best == null || operation.parameters() < best.parameters())) {
                best = operation;
            }
        }
        return best;
    }

    private List<Operation> operations() {
        if (operations == null) {
            List<Operation> found = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> paths = document().get("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                String regex = Pattern.quote(path.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
                int parameters = path.getKey().split("\\{", -1).length - 1;
                path.getValue().fields().forEachRemaining(method -> found.add(new Operation(method.getKey(),
                        Pattern.compile(regex), parameters, path.getKey(), method.getValue())));
            }
            operations = found;
        }
        return operations;
    }

    private JsonNode document() {
        if (document == null) {
            try {
                HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port.getAsInt() + "/v3/api-docs")).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                document = JSON.readTree(served.body());
            } catch (Exception e) {
                throw new IllegalStateException("the OpenAPI document could not be read", e);
            }
        }
        return document;
    }
}
