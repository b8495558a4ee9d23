/**
 * Result application (结果应用): results change money and behaviour: next year's budget proposals, rectification
 * tasks, disclosure and the report to the people's congress. Last stage of the loop: may read every earlier stage.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Result application (结果应用)", allowedDependencies = {"assessment::api", "assessment::events", "targeting::api", "targeting::events", "monitoring::api", "monitoring::events", "evaluation::api", "evaluation::events"})
@NullMarked
package org.jixiao.resultapplication;

import org.jspecify.annotations.NullMarked;
