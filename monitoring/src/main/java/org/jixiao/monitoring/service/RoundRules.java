package org.jixiao.monitoring.service;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.monitoring.domain.LightBands;
import org.jixiao.monitoring.domain.MonitoringRound;
import org.jixiao.monitoring.domain.MonitoringRules;
import org.jixiao.monitoring.domain.ReportRules;
import org.jixiao.sharedkernel.rules.AppliedRule;
import org.jixiao.sharedkernel.rules.Rule;
import org.jixiao.sharedkernel.rules.RuleStore;

/**
 * The rules a round's reports are judged by: its time progress with the light bands and warning gap in force for
 * the round's region and year, and those rules as a result stores them.
 */
record RoundRules(ReportRules rules, List<AppliedRule> applied) {

    static RoundRules of(RuleStore store, MonitoringRound round) {
        Rule<LightBands> bands = store.resolve(MonitoringRules.LIGHT_BANDS, round.region(), round.fiscalYear());
        Rule<BigDecimal> gap = store.resolve(MonitoringRules.WARNING_GAP, round.region(), round.fiscalYear());
        return new RoundRules(new ReportRules(round.cutoff(), bands.value(), gap.value()),
                List.of(AppliedRule.of(bands), AppliedRule.of(gap)));
    }
}
