package org.jixiao.targeting.domain;

import java.util.Optional;

import org.jixiao.assessment.events.Conclusion;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.RegionCode;

/**
 * What the ex-ante gate needs to know from assessment, as facts: the policy that weighs them is {@link ExAnteGate}.
 * Implemented by an adapter reading assessment's query API at approval time.
 */
public interface ExAnteFacts {

    /** True when the region's assessment threshold for the year is set and {@code budget} reaches it. */
    boolean reachesThreshold(RegionCode region, FiscalYear year, Money budget);

    /** True when an assessment of the unit's project in the year was asked for, concluded or not. */
    boolean isAssessed(OrgCode unit, String projectCode, FiscalYear year);

    /** The latest conclusion of an assessment of the unit's project in the year, if one has concluded. */
    Optional<Conclusion> latestConclusion(OrgCode unit, String projectCode, FiscalYear year);
}
