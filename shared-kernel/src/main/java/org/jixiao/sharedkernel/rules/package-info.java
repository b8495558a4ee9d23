/**
 * Rules as data (DOMAIN.md "Rules are data"): every threshold is a {@link org.jixiao.sharedkernel.rules.RuleKey}
 * with a national default that a region may override for a fiscal year, inherited down the region tree
 * (650121 falls back to 650100, then 650000, then the default). Each stage declares its own keys in its own module
 * through {@link org.jixiao.sharedkernel.rules.RuleDeclarations}; the {@link org.jixiao.sharedkernel.rules.RuleStore}
 * port (implemented in bootstrap) resolves the effective value and the version that set it.
 */
@NullMarked
package org.jixiao.sharedkernel.rules;

import org.jspecify.annotations.NullMarked;
