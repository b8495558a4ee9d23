package org.jixiao.targeting.domain;

import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * The unit (or department, for its own overall target) a target belongs to, where it sits, and whether its
 * competent department reviews before finance: a unit directly under a region, or a department's own target,
 * goes straight to finance.
 */
@ValueObject
public record Owner(OrgCode code, OrgPath path, RegionCode region, @Nullable OrgCode department, boolean departmentReviews) {
}
