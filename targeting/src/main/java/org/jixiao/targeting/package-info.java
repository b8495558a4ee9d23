/**
 * Performance targets (绩效目标管理): goals and the three-level indicator tree of every project, policy and department
 * budget, reviewed, approved (批复) and published. The yardstick of every later stage; reads assessment's conclusions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Targeting (绩效目标)", allowedDependencies = {"assessment::api", "assessment::events"})
@NullMarked
package org.jixiao.targeting;

import org.jspecify.annotations.NullMarked;
