package org.jixiao.platform;

import org.jixiao.sharedkernel.access.AllowedRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * The {@link AllowedRoles} of an endpoint: on its method, else on its controller; none means every authenticated
 * role. Read here once, by the check that enforces it and by the document that states it.
 */
public final class HandlerRoles {

    private HandlerRoles() {
    }

    public static @Nullable AllowedRoles of(HandlerMethod handler) {
        AllowedRoles allowed = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), AllowedRoles.class);
        return allowed != null ? allowed
                : AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), AllowedRoles.class);
    }
}
