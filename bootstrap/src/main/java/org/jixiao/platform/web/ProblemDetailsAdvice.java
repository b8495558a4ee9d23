package org.jixiao.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.jixiao.sharedkernel.BodyRules;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.InvalidValueException;
import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.access.ForbiddenException;
import org.jixiao.sharedkernel.access.ResourceFirst;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.api.OpenApiResourceNotFoundException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.validation.ConstraintViolationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Every error as RFC 9457 problem details ({@code application/problem+json}): {@code type}, {@code title},
 * {@code status}, {@code detail}, and for invalid input {@code errors: [{field, message}]}. Bad input is a 400
 * naming the field (malformed JSON, wrong types, unknown enum values, too-long strings, missing fields, bad
 * paging), never a 500. Texts in Chinese by default, English with {@code Accept-Language: en}.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /** One field at fault, as the contract names it. */
    record FieldProblem(@Nullable String field, String message) {
    }

    private final ProblemMessages messages;
    private final RequestGuard.Limits limits;

    ProblemDetailsAdvice(ProblemMessages messages, RequestGuard.Limits limits) {
        this.messages = messages;
        this.limits = limits;
    }

    // --- the stages' own exceptions -------------------------------------------------------------------------

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException e, WebRequest request) {
        return resourceFirst(request, () -> respond(invalid(e.violations().stream()
                .map(v -> new FieldProblem(v.field(), messages.get(v.code(), v.arguments())))
                .toList())));
    }

    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail invalidValue(InvalidValueException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", messages.get(e.code(), e.arguments()));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "not-found",
                messages.get("problem.not-found.detail", messages.get("resource." + e.resource()), e.key()));
        problem.setProperty("resource", e.resource());
        return problem;
    }

    @ExceptionHandler(StateConflictException.class)
    ProblemDetail conflict(StateConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "conflict", messages.get(e.code(), e.arguments()));
        if (e.currentState() != null) {
            problem.setProperty("currentState", e.currentState());
        }
        problem.setProperty("code", e.code());
        return problem;
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", messages.get(e.code()));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        return invalid(e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .toList());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail staleVersion(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "conflict", messages.get("problem.staleVersion"));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, "conflict", messages.get("problem.duplicate"));
    }

    /** An OpenAPI group that does not exist ({@code /v3/api-docs/bogus}) is a path that does not exist. */
    @ExceptionHandler(OpenApiResourceNotFoundException.class)
    ProblemDetail noSuchApiGroup(OpenApiResourceNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", messages.get("problem.status.404"));
    }

    /** Tomcat's own parameter parsing of a body it decoded (the guard refuses form bodies before; this is the net). */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail badParameters(InvalidParameterException e) {
        return invalid(List.of(new FieldProblem("body", messages.get("problem.badEncoding"))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseUnavailable.is(e)) {
            log.warn("Database unavailable: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER)
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", messages.get("problem.databaseUnavailable")));
        }
        log.error("Unexpected error", e);
        return ResponseEntity.internalServerError()
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", messages.get("problem.internal.detail")));
    }

    // --- Spring MVC's binding and validation failures -------------------------------------------------------

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        e.getBindingResult().getFieldErrors()
                .forEach(error -> problems.add(new FieldProblem(error.getField(), messages.get(error))));
        e.getBindingResult().getGlobalErrors()
                .forEach(error -> problems.add(new FieldProblem(error.getObjectName(), messages.get(error))));
        problems.addAll(ruleViolations(request, e.getBindingResult().getTarget(), problems));
        return resourceFirst(request, () -> respond(invalid(problems)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            String parameter = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String field = error instanceof FieldError fieldError ? fieldError.getField() : parameter;
                problems.add(new FieldProblem(field, messages.get(error)));
            }
        }
        return resourceFirst(request, () -> respond(invalid(problems)));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : e.getPropertyName();
        String message = e.getMostSpecificCause() instanceof InvalidValueException invalid
                ? messages.get(invalid.code(), invalid.arguments()) : typeMessage(e.getRequiredType());
        return resourceFirst(request, () -> respond(invalid(List.of(new FieldProblem(field, message)))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return resourceFirst(request,
                () -> respond(invalid(List.of(new FieldProblem(e.getParameterName(), messages.get("NotNull"))))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return resourceFirst(request, () -> unreadable(e));
    }

    private ResponseEntity<Object> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof RequestGuard.BodyTooLargeException) {
            return respond(bodyTooLarge());
        }
        if (cause instanceof RequestGuard.MalformedUtf8Exception) {
            return respond(invalid(List.of(new FieldProblem("body", messages.get("problem.badBodyEncoding")))));
        }
        if (cause instanceof StreamConstraintsException limit) {
            if (limit.getOriginalMessage().startsWith("Document length")) {
                return respond(bodyTooLarge());
            }
            String field = fieldPath(limit);
            return respond(invalidAt(field,
                    messages.get("problem.jsonLimit", String.valueOf(JsonInputLimits.MAX_STRING_LENGTH))));
        }
        if (cause instanceof StreamReadException streamRead && streamRead.processor() != null && isDuplicate(streamRead)) {
            String field = fieldPath(streamRead.processor().streamReadContext());
            return respond(invalidAt(field, messages.get("problem.duplicateKey")));
        }
        // a value Jackson handed to a parser of its own (a date like 2053-02-30) fails below Jackson's exception
        JacksonException jackson = nearestJackson(e);
        if (cause instanceof StreamReadException || jackson == null) {
            return respond(problem(HttpStatus.BAD_REQUEST, "malformed-json", messages.get("problem.malformed-json.detail")));
        }
        String field = fieldPath(jackson);
        String message;
        if (cause instanceof JsonInputLimits.RejectedValue rejected) {
            message = messages.get(rejected.code(), rejected.arguments());
        } else if (cause instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            message = messages.get("problem.enumValue", allowed(format.getTargetType()));
        } else if (cause instanceof InvalidNullException) {
            message = messages.get("NotNull");
        } else if (cause instanceof ValueInstantiationException instantiation
                && instantiation.getCause() instanceof InvalidValueException invalid) {
            message = messages.get(invalid.code(), invalid.arguments());
        } else if (jackson instanceof MismatchedInputException mismatch) {
            message = typeMessage(mismatch.getTargetType());
        } else {
            message = messages.get("problem.unreadableValue");
        }
        return respond(invalidAt(field, message));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return respond(problem(HttpStatus.NOT_FOUND, "not-found", messages.get("problem.noSuchPath", e.getResourcePath())));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                messages.get("problem.method-not-allowed.detail", e.getMethod())));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                messages.get("problem.unsupported-media-type.detail", String.valueOf(e.getContentType()))));
    }

    /** Whatever else Spring MVC reports keeps its status, in the same shape and language. */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail) {
            return super.handleExceptionInternal(e, body, headers, status, request);
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        String kind = known == null ? "error" : known.name().toLowerCase().replace('_', '-');
        ProblemDetail problem = e instanceof ErrorResponse response ? response.getBody()
                : ProblemDetail.forStatus(status);
        problem.setType(type(kind));
        problem.setTitle(messages.get("problem.status." + status.value()));
        return super.handleExceptionInternal(e, problem, headers, status, request);
    }

    /**
     * CONTRACT.md's order (404 and the subtree's 403 before 400) for a request whose body or parameters failed
     * before the operation could look its resource up: the controller says whether the resource is there and
     * visible ({@link ResourceFirst}); only then is the 400 the answer.
     */
    /**
     * The business rules a body of the wrong shape breaks too ({@link BodyRules}), on the fields its shape did not
     * already refuse, so one answer names every field at fault.
     */
    private List<FieldProblem> ruleViolations(WebRequest request, @Nullable Object body, List<FieldProblem> shape) {
        BodyRules controller = controller(request, BodyRules.class);
        if (body == null || controller == null) {
            return List.of();
        }
        Set<String> refused = shape.stream().map(FieldProblem::field).collect(Collectors.toSet());
        try {
            return controller.ruleViolations(body).stream().filter(v -> !refused.contains(v.field()))
                    .map(v -> new FieldProblem(v.field(), messages.get(v.code(), v.arguments()))).toList();
        } catch (RuntimeException e) {
            // the shape's own errors are a right answer still; a rule that could not judge this body adds none
            log.warn("Rules of a malformed body could not be judged: {}", e.toString());
            return List.of();
        }
    }

    /** The controller that was to handle the request, if it is one of this type. */
    private static <T> @Nullable T controller(WebRequest request, Class<T> type) {
        Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        Object bean = handler instanceof HandlerMethod method ? method.createWithResolvedBean().getBean() : null;
        return type.isInstance(bean) ? type.cast(bean) : null;
    }

    private ResponseEntity<Object> resourceFirst(WebRequest request, Supplier<ResponseEntity<Object>> invalid) {
        ResourceFirst controller = controller(request, ResourceFirst.class);
        if (controller != null) {
            @SuppressWarnings("unchecked")
            Map<String, String> path = (Map<String, String>) request.getAttribute(
                    HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
            try {
                controller.requireVisible(path == null ? Map.of() : path);
            } catch (NotFoundException missing) {
                return respond(notFound(missing));
            } catch (ForbiddenException hidden) {
                return respond(forbidden(hidden));
            }
        }
        return invalid.get();
    }

    // --- shaping -------------------------------------------------------------------------------------------

    /** One field at fault; an empty path (the body as a whole) is {@code body}. */
    private ProblemDetail invalidAt(String field, String message) {
        return invalid(List.of(new FieldProblem(field.isEmpty() ? "body" : field, message)));
    }

    private ProblemDetail invalid(List<FieldProblem> problems) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input",
                problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        problem.setProperty("errors", problems);
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String kind, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(kind));
        problem.setTitle(messages.get("problem." + kind + ".title"));
        return problem;
    }

    private static URI type(String kind) {
        return URI.create("urn:jixiao:problem:" + kind);
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /** The innermost Jackson exception of the chain: the one that knows the field. */
    private static @Nullable JacksonException nearestJackson(Throwable e) {
        JacksonException found = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JacksonException jackson) {
                found = jackson;
            }
        }
        return found;
    }

    private String typeMessage(@Nullable Class<?> type) {
        if (type != null && type.isEnum()) {
            return messages.get("problem.enumValue", allowed(type));
        }
        String kind = type == null ? "value" : switch (type.getSimpleName()) {
            case "int", "Integer", "long", "Long", "short", "Short" -> "integer";
            case "BigDecimal", "double", "Double", "float", "Float" -> "number";
            case "boolean", "Boolean" -> "boolean";
            case "String" -> "text";
            case "UUID" -> "uuid";
            case "LocalDate" -> "date";
            default -> type.isArray() || Collection.class.isAssignableFrom(type) ? "list"
                    : Map.class.isAssignableFrom(type) ? "object" : "value";
        };
        return messages.get("problem.expected." + kind);
    }

    private static String allowed(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }

    ProblemDetail bodyTooLarge() {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                messages.get("problem.bodyTooLarge", String.valueOf(limits.maxBodySize().toKilobytes())));
    }

    private static boolean isDuplicate(StreamReadException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate ");
    }

    /** {@code indicators[2].name} from the parser's position. */
    static String fieldPath(TokenStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            String segment = at.inArray() ? "[" + Math.max(at.getCurrentIndex(), 0) + "]"
                    : at.currentName() == null ? "" : at.currentName();
            if (!path.isEmpty() && !segment.isEmpty() && path.charAt(0) != '[') {
                path.insert(0, '.');
            }
            path.insert(0, segment);
        }
        return path.toString();
    }

    /** {@code indicators[2].targetValue} from Jackson's reference chain. */
    static String fieldPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
