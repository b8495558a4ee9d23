/**
 * Rules as data (规则): every stage's rule keys with their national defaults, region overrides per fiscal year
 * inherited down the region tree, and every change kept with a global version. Implements the shared kernel's
 * {@code RuleStore}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rules (规则)")
@NullMarked
package org.jixiao.rules;

import org.jspecify.annotations.NullMarked;
