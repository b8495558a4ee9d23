/**
 * In-year dual monitoring (绩效运行监控): budget execution and indicator completion at month-end cut-offs against time
 * progress, with lights, warnings, reviews and actions. Measures against the approved targets.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring (绩效运行监控)", allowedDependencies = {"targeting::api", "targeting::events"})
@NullMarked
package org.jixiao.monitoring;

import org.jspecify.annotations.NullMarked;
