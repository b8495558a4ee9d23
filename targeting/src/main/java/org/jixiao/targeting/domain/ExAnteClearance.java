package org.jixiao.targeting.domain;

/**
 * Where a target stands at the ex-ante gate (事前评估): a target that requires assessment — flagged, its budget
 * reaches the region's threshold, or an assessment of its project was asked for — may be approved by finance only
 * once assessment has concluded SUPPORT or SUPPORT_AFTER_REVISION for the same unit, project code and year.
 */
public enum ExAnteClearance {
    /** Nothing to clear: no flag, no threshold reached, no assessment asked for, or an overall-expenditure target. */
    NOT_REQUIRED,
    /** Required, and the latest conclusion supports it. */
    SUPPORTED,
    /** Required, and the latest conclusion is REJECT. */
    REJECTED,
    /** Required, and no assessment has concluded yet. */
    NOT_CONCLUDED;

    public boolean allowsApproval() {
        return this == NOT_REQUIRED || this == SUPPORTED;
    }
}
