/**
 * Evaluation (绩效评价): self-evaluation of every project after year end, department and key evaluations, and spot
 * checks. Scores against the target revision in force at year end.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation (绩效评价)", allowedDependencies = {"targeting::api", "targeting::events"})
@NullMarked
package org.jixiao.evaluation;

import org.jspecify.annotations.NullMarked;
