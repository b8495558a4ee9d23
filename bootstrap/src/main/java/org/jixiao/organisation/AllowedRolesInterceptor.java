package org.jixiao.organisation;

import org.jixiao.platform.HandlerRoles;
import org.jixiao.sharedkernel.access.AllowedRoles;
import org.jixiao.sharedkernel.access.CallerContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Checks {@link AllowedRoles} once the handler is known and before its arguments are read, so a role that may not
 * call an endpoint gets 403 before any 404 or 400.
 */
class AllowedRolesInterceptor implements HandlerInterceptor {

    private final CallerContext callers;

    AllowedRolesInterceptor(CallerContext callers) {
        this.callers = callers;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            AllowedRoles allowed = HandlerRoles.of(method);
            if (allowed != null) {
                callers.current().requireRole(allowed.value());
            }
        }
        return true;
    }
}
