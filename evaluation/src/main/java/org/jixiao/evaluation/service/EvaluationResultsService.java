package org.jixiao.evaluation.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.evaluation.port.in.EvaluationResultsUseCase;
import org.jixiao.evaluation.port.in.EvaluationSummary;
import org.jixiao.evaluation.port.in.PublicEvaluation;
import org.jixiao.evaluation.port.in.PublicationView;
import org.jixiao.evaluation.port.out.EvaluationResults;
import org.jixiao.evaluation.port.out.EvaluationResults.Totals;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.Rate;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.Rounding;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.CallerContext;
import org.jixiao.sharedkernel.access.ForbiddenException;
import org.jixiao.sharedkernel.access.OrgDirectory;
import org.jixiao.sharedkernel.access.OrgKind;
import org.jixiao.sharedkernel.access.OrgUnitRef;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A region's results: the summary over the part the caller sees, publication, and the public list. */
@Service
class EvaluationResultsService implements EvaluationResultsUseCase {

    private final EvaluationResults results;
    private final OrgDirectory directory;
    private final CallerContext callers;
    private final Clock clock;

    EvaluationResultsService(EvaluationResults results, OrgDirectory directory, CallerContext callers, Clock clock) {
        this.results = results;
        this.directory = directory;
        this.callers = callers;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public EvaluationSummary summary(int fiscalYear, String regionCode, BigDecimal threshold) {
        Caller caller = callers.current();
        OrgPath region = region(regionCode);
        FiscalYear year = InvalidInputException.forField("fiscalYear", () -> FiscalYear.of(fiscalYear));
        if (threshold.signum() < 0 || threshold.compareTo(BigDecimal.valueOf(100)) > 0 || threshold.scale() > 2) {
            throw InvalidInputException.of("threshold", "evaluation.thresholdOutOfRange");
        }
        OrgPath part;
        boolean wholeRegion;
        if (caller.covers(region)) {
            part = region;
            wholeRegion = true;
        } else if (caller.scope() != null && caller.scope().isWithin(region)) {
            part = caller.scope(); // from below: the caller's own subtree, a whole region for finance or an auditor
            wholeRegion = !caller.role().bindsTo(OrgKind.DEPARTMENT) && !caller.role().bindsTo(OrgKind.UNIT);
        } else {
            throw ForbiddenException.outsideSubtree();
        }
        Totals t = results.totals(year, part, wholeRegion, threshold);
        return new EvaluationSummary(fiscalYear, regionCode, threshold.setScale(Rounding.SCALE), t.evaluations(),
                t.targets(), t.targets() == 0 ? null : Rate.ratio(t.evaluations(), t.targets()).percent(),
                yuan(t.budgetAmount()), yuan(t.executedAmount()), t.evaluations() == 0 ? null
                : Rounding.round(Rounding.divide(t.scoreSum(), BigDecimal.valueOf(t.evaluations()))),
                new EvaluationSummary.Below(t.below(), yuan(t.belowBudgetAmount()), yuan(t.belowExecutedAmount())),
                t.grades());
    }

    @Override
    @Transactional
    public PublicationView publish(int fiscalYear, String regionCode) {
        Caller caller = callers.current();
        OrgPath region = region(regionCode);
        caller.requireCovers(region);
        FiscalYear year = InvalidInputException.forField("fiscalYear", () -> FiscalYear.of(fiscalYear));
        Instant now = clock.instant();
        int published = results.publish(year, region, now);
        results.recordPublication(year, RegionCode.of(regionCode), now, caller.username(), published);
        return new PublicationView(fiscalYear, regionCode, published, now, caller.username());
    }

    @Override
    @Transactional(readOnly = true)
    public Page<PublicEvaluation> published(int fiscalYear, @Nullable String regionCode, PageQuery page) {
        FiscalYear year = InvalidInputException.forField("fiscalYear", () -> FiscalYear.of(fiscalYear));
        OrgPath region = null;
        if (regionCode != null) {
            RegionCode code = InvalidInputException.forField("regionCode", () -> RegionCode.of(regionCode));
            Optional<OrgUnitRef> known = directory.find(OrgCode.of(code.value()));
            if (known.isEmpty()) {
                return Page.of(List.of(), page, 0); // nothing is published for a region nobody knows
            }
            region = known.get().path();
        }
        Page<PublicEvaluation> evaluations = results.published(year, region, page);
        Map<OrgCode, String> names = directory.namesOf(evaluations.content().stream()
                .map(e -> OrgCode.of(e.unitCode())).toList());
        return evaluations.map(e -> e.withUnitName(names.get(OrgCode.of(e.unitCode()))));
    }

    /** A region code that must name a region: 400 when malformed, 403 when unknown (as one apart would be). */
    private OrgPath region(String regionCode) {
        return directory.regionFilter("regionCode", regionCode).orElseThrow();
    }

    private static BigDecimal yuan(BigDecimal amount) {
        return Money.of(amount).yuan();
    }
}
