/**
 * The shared kernel: framework-free value types every stage of the loop speaks (money in 元, fiscal years,
 * region and organisation codes, rates, scores, grades, time progress), the one rounding policy of DOMAIN.md,
 * the errors a stage raises for the platform to render, and the small platform ports (caller, rules) that
 * bootstrap implements.
 */
@org.jmolecules.ddd.annotation.Module(name = "Shared kernel (共享内核)")
package org.jixiao.sharedkernel;
