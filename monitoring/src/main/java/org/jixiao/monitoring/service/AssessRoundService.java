package org.jixiao.monitoring.service;

import java.time.Clock;
import java.util.UUID;

import org.jixiao.monitoring.domain.MonitoringRound;
import org.jixiao.monitoring.domain.RoundId;
import org.jixiao.monitoring.domain.Rounds;
import org.jixiao.monitoring.port.in.AssessRoundUseCase;
import org.jixiao.monitoring.port.in.RoundView;
import org.jixiao.monitoring.port.out.RoundAssessment;
import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.access.CallerContext;
import org.jixiao.sharedkernel.rules.RuleStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules of the round's region and year, read once as a snapshot, applied to every report in one go. */
@Service
class AssessRoundService implements AssessRoundUseCase {

    private final Rounds rounds;
    private final RoundAssessment assessment;
    private final RuleStore rules;
    private final CallerContext callers;
    private final Clock clock;

    AssessRoundService(Rounds rounds, RoundAssessment assessment, RuleStore rules, CallerContext callers, Clock clock) {
        this.rounds = rounds;
        this.assessment = assessment;
        this.rules = rules;
        this.callers = callers;
        this.clock = clock;
    }

    @Override
    @Transactional
    public RoundView assess(UUID roundId) {
        MonitoringRound round = rounds.findToAssess(new RoundId(roundId))
                .orElseThrow(() -> new NotFoundException("round", roundId));
        callers.current().requireCovers(round.regionPath());
        RoundRules judged = RoundRules.of(rules, round);
        assessment.assess(round.getId(), judged.rules(), judged.applied(), clock.instant());
        return RoundView.of(rounds.find(round.getId()).orElseThrow());
    }
}
