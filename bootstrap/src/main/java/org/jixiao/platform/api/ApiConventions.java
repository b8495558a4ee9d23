package org.jixiao.platform.api;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jixiao.sharedkernel.Cursor;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.PageQuery;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The conventions every operation of the document follows, applied to the whole document and to every stage's
 * group, so a new controller gets them without a line of its own:
 * <ul>
 * <li>HTTP Basic or an API token (Bearer {@code jxt_…}) on every operation; {@code security: []} on the public
 * ones ({@code /api/v1/public/…});</li>
 * <li>every error answer documented once, as the {@code Problem} schema (RFC 9457 problem details with our
 * {@code urn:jixiao:problem:<kind>} types): 400, 401 and 429 (wrong credentials) and 503 always, 403 where a
 * caller is needed, 404 where the path names a resource, 409 on every change, 413/415 where a body is read;</li>
 * <li>{@code Location} on every 201, {@code ETag} on every answer that is one versioned resource;</li>
 * <li>{@code Accept-Language} (zh by default, en) on every operation, {@code If-Match} explained where read;</li>
 * <li>{@code required} and nullable as the code declares them ({@link DocumentModels});</li>
 * <li>an example request and answer from the stage's {@code openapi/examples} ({@link ApiExamples}).</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiConventions implements GlobalOpenApiCustomizer {

    /** Account usernames, as the platform accepts them. */
    private static final String USERNAME = "[A-Za-z0-9_.@-]{3,64}";

    static final String PUBLIC_PATHS = "/api/v1/public/";
    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    /** Error answers by status: the component name and what it means. */
    private static final Map<String, String[]> ERRORS = errors();

    private final ApiExamples examples = ApiExamples.load();

    @Override
    public void customise(OpenAPI document) {
        if (document.getPaths() == null || document.getPaths().isEmpty()) {
            return; // a stage not built yet: nothing to follow, nothing to share
        }
        Components components = document.getComponents() == null ? new Components() : document.getComponents();
        document.setComponents(components);
        if (components.getSchemas() != null) {
            DocumentModels.declareNullability(components.getSchemas());
        }
        addShared(components);
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach(
                (method, operation) -> follow(path, method, operation, components)));
        boolean creates = document.getPaths().values().stream().flatMap(item -> item.readOperations().stream())
                .anyMatch(operation -> operation.getResponses().containsKey("201"));
        if (!creates) {
            components.getHeaders().remove("Location"); // a group that creates nothing shares no Location header
        }
    }

    private void follow(String path, PathItem.HttpMethod method, Operation operation, Components components) {
        boolean anonymous = path.startsWith(PUBLIC_PATHS);
        if (anonymous) {
            operation.setSecurity(List.of());
        }
        String acceptLanguage = "#/components/parameters/AcceptLanguage";
        if (operation.getParameters() == null
                || operation.getParameters().stream().noneMatch(p -> acceptLanguage.equals(p.get$ref()))) {
            operation.addParametersItem(new Parameter().$ref(acceptLanguage)); // once, however often this runs
        }
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(p -> "If-Match".equals(p.getName()) && "header".equals(p.getIn()))
                    .forEach(p -> p.description("The ETag of the version the change is based on (or send `version` in "
                            + "the body): a stale one is a 409; `*` or none checks nothing."));
        }
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(ApiConventions::describeParameter);
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        responses.forEach((status, response) -> describeSuccess(status, response, components));
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        error(responses, "400");
        error(responses, "401"); // a public operation too refuses wrong credentials it was sent
        error(responses, "429");
        if (!anonymous) {
            error(responses, "403");
        }
        if (path.contains("{")) {
            error(responses, "404");
        }
        if (changes) {
            error(responses, "409");
        }
        if (operation.getRequestBody() != null) {
            error(responses, "413");
            error(responses, "415");
        }
        error(responses, "503");
        examples.show(operation);
        List.copyOf(responses.keySet()).stream().filter(ERRORS::containsKey).forEach(status -> error(responses, status));
    }

    /**
     * The parameters every stage shares, described and constrained once, as the server checks them: paging,
     * fiscal year, region and organisation codes, ids. A parameter of another name describes itself.
     */
    private static void describeParameter(Parameter parameter) {
        if (parameter.get$ref() != null || parameter.getName() == null) {
            return;
        }
        Schema<?> schema = parameter.getSchema();
        switch (parameter.getName()) {
            case "page" -> {
                describe(parameter, "The page, from 0 (页码). In a list that takes `after`, page × size stays within "
                        + "the first " + PageQuery.MAX_OFFSET + " entries (a 400 beyond): deeper pages follow `page.next`");
                schema.setMinimum(BigDecimal.ZERO);
            }
            case "after" -> {
                describe(parameter, "Continue after the page whose `page.next` this is (an opaque cursor; without "
                        + "`page`). A cursor of another list is a 400");
                schema.setMaxLength(Cursor.MAX_LENGTH);
            }
            case "size" -> {
                describe(parameter, "Entries per page, 1 to " + PageQuery.MAX_SIZE + " (每页条数)");
                schema.setMinimum(BigDecimal.ONE);
                schema.setMaximum(BigDecimal.valueOf(PageQuery.MAX_SIZE));
            }
            case "fiscalYear" -> {
                describe(parameter, "The fiscal year (预算年度), " + FiscalYear.FIRST + " to " + FiscalYear.LAST);
                schema.setMinimum(BigDecimal.valueOf(FiscalYear.FIRST));
                schema.setMaximum(BigDecimal.valueOf(FiscalYear.LAST));
            }
            case "regionCode" -> {
                describe(parameter, "A region's six-digit code (行政区划代码), e.g. 650121: results are limited to its "
                        + "subtree; malformed is a 400, unknown or outside the caller's organisation a 403 (the "
                        + "public listing answers an unknown region with an empty page)");
                schema.setPattern("^[0-9]{6}$");
            }
            case "departmentCode" -> {
                describe(parameter, "A department's code (部门代码): the entries of its units");
                schema.setPattern("^[A-Za-z0-9_-]{1,32}$");
            }
            case "unitCode", "orgCode", "parentCode", "code" -> {
                describe(parameter, "An organisation unit's code (机构代码), e.g. U650121-EDU-01");
                schema.setPattern("^[A-Za-z0-9_-]{1,32}$");
            }
            case "username" -> {
                describe(parameter, "An account's username (用户名)");
                schema.setPattern("^" + USERNAME + "$");
            }
            case "id" -> describe(parameter, "The resource's id (UUID)");
            case "roundId" -> describe(parameter, "A monitoring round's id (UUID)");
            case "targetId" -> describe(parameter, "A performance target's id (UUID)");
            case "threshold" -> describe(parameter, "Scores under this one count as below it (0–100, two decimals)");
            case "key" -> describe(parameter, "A rule key (规则键), e.g. evaluation.gradeBands; GET /api/v1/rules "
                    + "lists them");
            case "q" -> describe(parameter, "Text to find in an entry's name or guidance");
            case "industry" -> describe(parameter, "Only entries of this industry (行业), e.g. 教育");
            case "light" -> describe(parameter, "Only entries whose execution light or target light is this one");
            case "level1", "status", "kind", "fundSource", "conclusion", "scope", "source" ->
                    describe(parameter, "Only entries with this " + parameter.getName());
            default -> { }
        }
    }

    private static void describe(Parameter parameter, String description) {
        if (parameter.getDescription() == null) {
            parameter.setDescription(description);
        }
    }

    private static void describeSuccess(String status, ApiResponse response, Components components) {
        if (status.equals("201")) {
            response.addHeaderObject("Location", new Header().$ref("#/components/headers/Location"));
        }
        if (status.startsWith("2") && isVersionedResource(response, components)) {
            response.addHeaderObject("ETag", new Header().$ref("#/components/headers/ETag"));
        }
    }

    /** One resource with a {@code version}: its answer carries the version as ETag too. */
    private static boolean isVersionedResource(ApiResponse response, Components components) {
        if (response.getContent() == null || components.getSchemas() == null) {
            return false;
        }
        for (MediaType media : response.getContent().values()) {
            String ref = media.getSchema() == null ? null : media.getSchema().get$ref();
            Schema<?> schema = ref == null ? null : components.getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
            if (schema != null && schema.getProperties() != null && schema.getProperties().containsKey("version")) {
                return true;
            }
        }
        return false;
    }

    /** An error status an operation declares itself (a GET that can be a 409) gets the shared Problem answer. */
    private static void error(ApiResponses responses, String status) {
        ApiResponse declared = responses.get(status);
        if (declared != null && declared.get$ref() == null) {
            String[] shared = Objects.requireNonNull(ERRORS.get(status), status);
            declared.content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(
                    new Schema<>().$ref(PROBLEM)).example(example(status, shared[2]))));
            return;
        }
        share(responses, status);
    }

    private static void share(ApiResponses responses, String status) {
        String name = Objects.requireNonNull(ERRORS.get(status), status)[0];
        responses.computeIfAbsent(status, s -> new ApiResponse().$ref("#/components/responses/" + name));
    }

    private static void addShared(Components components) {
        components.addSchemas("FieldError", new ObjectSchema()
                .description("One field at fault: its path in the request (`indicators[2].level2`, a query parameter "
                        + "or a header) and the message in the caller's language.")
                .addProperty("field", nullable(new StringSchema()).example("budgetAmount"))
                .addProperty("message", new StringSchema().example("必须大于0"))
                .required(List.of("field", "message")));
        components.addSchemas("Problem", new ObjectSchema()
                .description("An error answer (RFC 9457 problem details). `type` names the kind of problem: "
                        + "urn:jixiao:problem:invalid-input (400, with `errors`), malformed-json (400), unauthorized "
                        + "(401), forbidden (403), not-found (404, with `resource`), method-not-allowed (405), "
                        + "not-acceptable (406), conflict (409, with `code` and, for a state, `currentState`), "
                        + "payload-too-large (413), unsupported-media-type (415), too-many-requests (429), "
                        + "unavailable (503), internal (500).")
                .addProperty("type", new StringSchema().format("uri").example("urn:jixiao:problem:conflict"))
                .addProperty("title", new StringSchema().example("状态冲突"))
                .addProperty("status", new IntegerSchema().format("int32").example(409))
                .addProperty("detail", new StringSchema().example("绩效目标当前状态为 APPROVED，不能修改"))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/v1/targets/0b6f0e0c-5c6a-4e52-9b7e-2f3c1a0d9e11"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError"))
                        .description("invalid-input: every field at fault, all at once"))
                .addProperty("code", new StringSchema().description("conflict: the message code, stable across "
                        + "languages").example("target.notEditable"))
                .addProperty("currentState", nullable(new StringSchema()).description("conflict: the state the "
                        + "resource is in").example("APPROVED"))
                .addProperty("resource", new StringSchema().description("not-found: the kind of resource")
                        .example("target"))
                .required(List.of("type", "title", "status")));
        ERRORS.forEach((status, named) -> components.addResponses(named[0], new ApiResponse().description(named[1])
                .content(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref(PROBLEM)).example(example(status, named[2]))))));
        components.addHeaders("Location", new Header().description("The URL of the resource just created")
                .schema(new StringSchema().format("uri-reference")));
        components.addHeaders("ETag", new Header().description("The resource's version, to send back as If-Match")
                .schema(new StringSchema().example("\"3\"")));
        components.addParameters("AcceptLanguage", new HeaderParameter().name("Accept-Language")
                .description("The language of messages and labels: Chinese (zh, the default) or English (en).")
                .schema(new StringSchema()._default("zh").example("en")).required(false));
    }

    private static Map<String, Object> example(String status, String kind) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "urn:jixiao:problem:" + kind);
        example.put("title", kind);
        example.put("status", Integer.valueOf(status));
        return example;
    }

    private static <T> Schema<T> nullable(Schema<T> schema) {
        schema.addType("null");
        return schema;
    }

    private static Map<String, String[]> errors() {
        Map<String, String[]> errors = new LinkedHashMap<>();
        errors.put("400", new String[] {"BadRequest", "Invalid input (参数错误): every field at fault in `errors`",
                "invalid-input"});
        errors.put("401", new String[] {"Unauthorized", "No or wrong credentials (未认证): HTTP Basic or an API "
                + "token is needed", "unauthorized"});
        errors.put("403", new String[] {"Forbidden", "Not allowed (无权访问): the role may not, or the resource lies "
                + "outside the caller's organisation", "forbidden"});
        errors.put("404", new String[] {"NotFound", "No such resource (不存在)", "not-found"});
        errors.put("409", new String[] {"Conflict", "The resource's state or version does not allow it (状态冲突): "
                + "`currentState` says why", "conflict"});
        errors.put("413", new String[] {"PayloadTooLarge", "The body is larger than 2 MB", "payload-too-large"});
        errors.put("415", new String[] {"UnsupportedMediaType", "The body is not application/json (UTF-8)",
                "unsupported-media-type"});
        errors.put("429", new String[] {"TooManyRequests", "Too many wrong passwords: wait for `Retry-After` "
                + "seconds", "too-many-requests"});
        errors.put("503", new String[] {"ServiceUnavailable", "Busy or the database is unavailable: retry after "
                + "`Retry-After` seconds", "unavailable"});
        return errors;
    }
}
