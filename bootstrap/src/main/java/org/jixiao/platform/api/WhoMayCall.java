package org.jixiao.platform.api;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.jixiao.platform.HandlerRoles;
import org.jixiao.sharedkernel.access.AllowedRoles;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.models.Operation;

/**
 * Ends every operation's description with who may call it, read from the same {@link AllowedRoles} the platform
 * enforces, so the document cannot say otherwise than the server does.
 */
@Component
class WhoMayCall implements GlobalOperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String who = who(handler);
        String description = operation.getDescription();
        if (description == null || !description.endsWith(who)) { // once, however often the document is built
            operation.setDescription(description == null ? who : description + "\n\n" + who);
        }
        return operation;
    }

    private static String who(HandlerMethod handler) {
        if (isPublic(handler)) {
            return "**Who may call:** anyone, without credentials.";
        }
        AllowedRoles allowed = HandlerRoles.of(handler);
        if (allowed == null) {
            return "**Who may call:** every role, within its own organisation's subtree.";
        }
        return "**Who may call:** " + Arrays.stream(allowed.value()).map(Enum::name).collect(Collectors.joining(", "))
                + " and ADMIN, within their organisation's subtree.";
    }

    private static boolean isPublic(HandlerMethod handler) {
        RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
        RequestMapping method = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        String path = (type == null || type.path().length == 0 ? "" : type.path()[0])
                + (method == null || method.path().length == 0 ? "" : method.path()[0]);
        return (path + "/").startsWith(ApiConventions.PUBLIC_PATHS);
    }
}
