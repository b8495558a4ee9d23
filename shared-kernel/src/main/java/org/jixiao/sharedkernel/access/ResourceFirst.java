package org.jixiao.sharedkernel.access;

import java.util.Map;

/**
 * A controller whose operations act on a resource named in the path. CONTRACT.md orders the checks 401 → 403 role
 * → 404 → 403 subtree → 400 → 409, but a request body is read and judged before the operation runs; so when the
 * body (or a parameter) is invalid, the platform first asks the controller whether the resource exists and is
 * visible to the caller, and answers that 404 or 403 instead of the 400.
 */
public interface ResourceFirst {

    /**
     * Throws {@link org.jixiao.sharedkernel.NotFoundException} or {@link ForbiddenException} unless the resource the
     * path variables name exists and the current caller may see it; returns quietly when they name none.
     */
    void requireVisible(Map<String, String> pathVariables);
}
