/**
 * Organisations and accounts (组织机构与账户): the tree of regions, departments and units, the accounts acting in
 * it, and HTTP Basic authentication. Implements the shared kernel's {@code CallerContext} and {@code OrgDirectory},
 * the two questions every stage asks: who is calling, and which part of the tree may they see.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation (组织机构与账户)")
@NullMarked
package org.jixiao.organisation;

import org.jspecify.annotations.NullMarked;
