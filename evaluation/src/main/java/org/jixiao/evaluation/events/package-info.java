/**
 * Events this stage publishes for the later stages (a named interface, the published language): past-tense
 * records implementing the shared kernel's {@code StageEvent} (the common header), carrying immutable values and
 * the enums a consumer needs, which live here too. One event per fact.
 */
@org.springframework.modulith.NamedInterface("events")
@NullMarked
package org.jixiao.evaluation.events;

import org.jspecify.annotations.NullMarked;
