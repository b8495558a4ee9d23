/**
 * The shared kernel: framework-free value types every stage of the loop speaks (money in 元, fiscal years,
 * region and organisation codes, rates, scores, grades, time progress), the one rounding policy of DOMAIN.md,
 * the errors a stage raises for the platform to render, the small platform ports (caller, rules) that bootstrap
 * implements, and the envelope of stage events. An open module: every package of it ({@code access}, {@code rules},
 * {@code events}) is shared; its framework-freedom is checked by the architecture tests (this package-info is the
 * one annotation it carries).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel (共享内核)",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@NullMarked
package org.jixiao.sharedkernel;

import org.jspecify.annotations.NullMarked;
