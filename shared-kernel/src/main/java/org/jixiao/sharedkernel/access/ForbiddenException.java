package org.jixiao.sharedkernel.access;

/**
 * The caller may not do this: their role does not allow it, or the resource lies outside their subtree.
 * Rendered as 403 and revealing nothing of the resource.
 */
public class ForbiddenException extends RuntimeException {

    private final String code;

    public ForbiddenException(String code) {
        super(code);
        this.code = code;
    }

    /** {@code access.role} or {@code access.outsideSubtree}: a message code. */
    public String code() {
        return code;
    }

    public static ForbiddenException role() {
        return new ForbiddenException("access.role");
    }

    public static ForbiddenException outsideSubtree() {
        return new ForbiddenException("access.outsideSubtree");
    }
}
