package org.jixiao.evaluation.service;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jixiao.evaluation.domain.EvaluationRules;
import org.jixiao.evaluation.domain.SpotCheck;
import org.jixiao.evaluation.domain.SpotCheckId;
import org.jixiao.evaluation.domain.SpotChecks;
import org.jixiao.evaluation.events.SpotCheckFlagged;
import org.jixiao.evaluation.port.in.SpotCheckListItem;
import org.jixiao.evaluation.port.in.SpotCheckUseCase;
import org.jixiao.evaluation.port.in.SpotCheckView;
import org.jixiao.evaluation.port.out.SpotCheckReadModel;
import org.jixiao.sharedkernel.ExpectedVersion;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.Score;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.CallerContext;
import org.jixiao.sharedkernel.access.OrgDirectory;
import org.jixiao.sharedkernel.rules.AppliedRule;
import org.jixiao.sharedkernel.rules.Rule;
import org.jixiao.sharedkernel.rules.RuleSnapshot;
import org.jixiao.sharedkernel.rules.RuleStore;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finance draws a spot check of its region and reviews the drawn self-evaluations. */
@Service
class SpotCheckService implements SpotCheckUseCase {

    private final SpotChecks checks;
    private final SpotCheckReadModel lists;
    private final RuleStore rules;
    private final OrgDirectory directory;
    private final CallerContext callers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    SpotCheckService(SpotChecks checks, SpotCheckReadModel lists, RuleStore rules, OrgDirectory directory, CallerContext callers,
            ApplicationEventPublisher events, Clock clock) {
        this.checks = checks;
        this.lists = lists;
        this.rules = rules;
        this.directory = directory;
        this.callers = callers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public SpotCheckView draw(int fiscalYear, String regionCode, @Nullable BigDecimal ratio, @Nullable Long seed) {
        Caller caller = callers.current();
        OrgPath region = directory.regionFilter("regionCode", regionCode).orElseThrow();
        caller.requireCovers(region);
        FiscalYear year = InvalidInputException.forField("fiscalYear", () -> FiscalYear.of(fiscalYear));
        RuleSnapshot inForce = rules.snapshot(RegionCode.of(regionCode), year);
        Rule<BigDecimal> gap = inForce.get(EvaluationRules.SPOT_CHECK_GAP);
        List<AppliedRule> applied = new ArrayList<>(List.of(AppliedRule.of(gap)));
        if (ratio == null) {
            Rule<BigDecimal> defaultRatio = inForce.get(EvaluationRules.SPOT_CHECK_RATIO);
            ratio = defaultRatio.value();
            applied.add(0, AppliedRule.of(defaultRatio));
        }
        SpotCheck check = SpotCheck.draw(new SpotCheckId(UUID.randomUUID()), year, RegionCode.of(regionCode), region,
                ratio, seed != null ? seed : seeds.nextLong() & Long.MAX_VALUE, checks.population(year, region),
                gap.value(), applied, caller.username(), clock.instant());
        return SpotCheckView.of(check, checks.save(check));
    }

    @Override
    @Transactional
    public SpotCheckView review(UUID spotCheckId, UUID targetId, BigDecimal reviewScore, @Nullable String opinion,
            @Nullable Long expectedVersion) {
        Caller caller = callers.current();
        SpotCheck check = find(spotCheckId);
        caller.requireCovers(check.regionPath());
        Score score = InvalidInputException.forField("reviewScore", () -> Score.of(reviewScore));
        Optional<SpotCheckFlagged> flagged = check.review(targetId, score, opinion, caller.username(),
                clock.instant());
        ExpectedVersion.check(expectedVersion, check.version(), "DRAWN");
        long version = checks.save(check);
        flagged.ifPresent(events::publishEvent);
        return SpotCheckView.of(check, version);
    }

    @Override
    @Transactional(readOnly = true)
    public SpotCheckView get(UUID spotCheckId) {
        SpotCheck check = find(spotCheckId);
        callers.current().requireCovers(check.regionPath());
        return SpotCheckView.of(check, check.version());
    }

    @Override
    @Transactional(readOnly = true)
    public Page<SpotCheckListItem> list(@Nullable Integer fiscalYear, @Nullable String regionCode, PageQuery page) {
        Caller caller = callers.current();
        return lists.list(caller.scopeWithin(directory.regionFilter("regionCode", regionCode).orElse(null)),
                fiscalYear, page);
    }

    private SpotCheck find(UUID id) {
        return checks.find(new SpotCheckId(id)).orElseThrow(() -> new NotFoundException("spotCheck", id));
    }
}
