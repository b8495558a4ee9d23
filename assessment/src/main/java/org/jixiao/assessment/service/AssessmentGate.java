package org.jixiao.assessment.service;

import java.math.BigDecimal;
import java.util.Optional;

import org.jixiao.assessment.api.ExAnteAssessments;
import org.jixiao.assessment.domain.AssessmentRules;
import org.jixiao.assessment.port.out.AssessmentReadModel;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.rules.RuleStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The small query API targeting's ex-ante gate reads. */
@Component
class AssessmentGate implements ExAnteAssessments {

    private final AssessmentReadModel readModel;
    private final RuleStore rules;

    AssessmentGate(AssessmentReadModel readModel, RuleStore rules) {
        this.readModel = readModel;
        this.rules = rules;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isAssessed(String unitCode, String projectCode, int fiscalYear) {
        return readModel.exists(unitCode, projectCode, fiscalYear);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ConcludedAssessment> conclusionFor(String unitCode, String projectCode, int fiscalYear) {
        return readModel.latestConclusion(unitCode, projectCode, fiscalYear);
    }

    @Override
    public boolean reachesThreshold(String regionCode, int fiscalYear, BigDecimal amount) {
        Optional<Money> threshold = rules.resolve(AssessmentRules.THRESHOLD, RegionCode.of(regionCode),
                FiscalYear.of(fiscalYear)).value();
        return AssessmentRules.reachesThreshold(threshold, Money.of(amount));
    }
}
