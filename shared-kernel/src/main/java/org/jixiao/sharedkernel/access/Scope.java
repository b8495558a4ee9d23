package org.jixiao.sharedkernel.access;

import java.util.Optional;

import org.jixiao.sharedkernel.OrgPath;
import org.jspecify.annotations.Nullable;

/**
 * The part of the organisation tree a read covers: the caller's subtree, narrowed by the organisations a request
 * filters on. One way for every stage to answer "which rows may this caller see": a filter inside the caller's
 * subtree narrows to the filter's, a filter above the caller is silently limited to the caller's own (results never
 * go beyond it), and a filter apart from it is a 403. An ADMIN without an organisation covers the whole tree.
 *
 * @param root the organisation whose subtree is covered; empty for the whole tree
 */
public record Scope(Optional<OrgPath> root) {

    private static final Scope EVERYTHING = new Scope(Optional.empty());

    /** What the caller may read with no filter: their own subtree. */
    public static Scope of(Caller caller) {
        return caller.scope() == null ? EVERYTHING : new Scope(Optional.of(caller.scope()));
    }

    /** Everything below {@code root}, for reads without a caller (the public listings, a whole-region job). */
    public static Scope subtree(OrgPath root) {
        return new Scope(Optional.of(root));
    }

    /** The whole tree. */
    public static Scope everything() {
        return EVERYTHING;
    }

    /** Narrowed by the organisation a filter names; {@code null} (no filter) changes nothing. 403 when apart. */
    public Scope within(@Nullable OrgPath filter) {
        if (filter == null) {
            return this;
        }
        if (covers(filter)) {
            return subtree(filter);
        }
        if (root.orElseThrow().isWithin(filter)) {
            return this;
        }
        throw ForbiddenException.outsideSubtree();
    }

    /** True when the organisation at {@code path} lies in this scope. */
    public boolean covers(OrgPath path) {
        return root.map(path::isWithin).orElse(true);
    }

    /**
     * The paths this scope covers, as a range in byte order: from its root's path ({@code /…/X/}) up to, not
     * including, that path with its closing {@code /} turned into the next character ({@code /…/X0}); the whole
     * tree is {@code /} to {@code 0}. A store that orders paths byte by byte reads a subtree as one range.
     */
    public Paths paths() {
        String from = root.map(OrgPath::toString).orElse("/");
        return new Paths(from, from.substring(0, from.length() - 1) + (char) ('/' + 1));
    }

    /** The paths {@code from <= path < until}. */
    public record Paths(String from, String until) {
    }
}
