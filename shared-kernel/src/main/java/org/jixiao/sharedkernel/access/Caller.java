package org.jixiao.sharedkernel.access;

import java.util.Arrays;
import java.util.Objects;

import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jspecify.annotations.Nullable;

/**
 * The authenticated caller of a request: username, role, and the organisation they act for with its path. An
 * account acts only inside that organisation's subtree; an ADMIN without an organisation acts everywhere.
 * An EXPERT's subtree is the region that engaged it, and a stage narrows it further to what it was assigned.
 */
public record Caller(String username, Role role, @Nullable OrgCode org, @Nullable OrgPath scope) {

    public Caller {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (role != Role.ADMIN && (org == null || scope == null)) {
            throw new IllegalArgumentException(role + " " + username + " must belong to an organisation");
        }
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean hasRole(Role... roles) {
        return isAdmin() || Arrays.asList(roles).contains(role);
    }

    /** 403 unless the caller has one of the roles; ADMIN may call every endpoint. */
    public Caller requireRole(Role... roles) {
        if (!hasRole(roles)) {
            throw ForbiddenException.role();
        }
        return this;
    }

    /** True when an organisation at {@code path} is the caller's own or lies below it. */
    public boolean covers(OrgPath path) {
        return scope == null || path.isWithin(scope);
    }

    /** 403 unless {@link #covers(OrgPath)}. */
    public Caller requireCovers(OrgPath path) {
        if (!covers(path)) {
            throw ForbiddenException.outsideSubtree();
        }
        return this;
    }

    /** What this caller may read, narrowed by the organisation a filter names (403 when apart). */
    public Scope scopeWithin(@Nullable OrgPath filter) {
        return Scope.of(this).within(filter);
    }
}
