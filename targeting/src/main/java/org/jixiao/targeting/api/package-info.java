/**
 * The small query API other stages may call for lookups (a named interface). Commands never cross stages:
 * later stages react to this stage's events instead.
 */
@org.springframework.modulith.NamedInterface("api")
@NullMarked
package org.jixiao.targeting.api;

import org.jspecify.annotations.NullMarked;
