package org.jixiao.sharedkernel.rules;

import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.RegionCode;

/** Port: the rule in force for a region and fiscal year. Implemented by the platform. */
public interface RuleStore {

    /**
     * The override of the nearest region in {@code region}'s lineage (itself, its prefecture, its province) for
     * that year, else the national default.
     */
    <T> Rule<T> resolve(RuleKey<T> key, RegionCode region, FiscalYear year);

    /** Every declared rule in force for a region and year, from one query. */
    RuleSnapshot snapshot(RegionCode region, FiscalYear year);
}
