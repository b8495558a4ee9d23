package org.jixiao.monitoring.port.out;

import java.time.Instant;
import java.util.List;

import org.jixiao.monitoring.domain.ReportRules;
import org.jixiao.monitoring.domain.RoundId;
import org.jixiao.sharedkernel.rules.AppliedRule;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Assessing a round is whole-region work: the adapter computes, in set statements over the round's rows, exactly
 * what {@link ReportRules#assess} and {@link ReportRules#notFiled} compute for one report (a test holds the two to
 * the same answers), and stores it with the rules applied.
 */
@SecondaryPort
public interface RoundAssessment {

    void assess(RoundId round, ReportRules rules, List<AppliedRule> applied, Instant at);
}
