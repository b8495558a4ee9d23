/**
 * Ex-ante assessment (事前绩效评估): new major projects and policies are scored on five dimensions before they get
 * money; the conclusion gates their target's approval. First stage of the loop: depends on no other stage.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment (事前绩效评估)", allowedDependencies = {})
@NullMarked
package org.jixiao.assessment;

import org.jspecify.annotations.NullMarked;
