package org.jixiao.organisation;

import org.jixiao.sharedkernel.access.Scope;

/** A {@link Scope} as SQL over {@code path} columns: the {@code LIKE} pattern of its root's subtree. */
final class Subtrees {

    private Subtrees() {
    }

    /** {@code _} is a code character and escaped; codes cannot hold {@code %} or a backslash. */
    static String like(Scope scope) {
        return scope.root().map(root -> root.toString().replace("_", "\\_") + "%").orElse("/%");
    }
}
