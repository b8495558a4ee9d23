package org.jixiao.assessment.domain;

import java.util.List;
import java.util.Optional;

import org.jixiao.sharedkernel.GradeBands;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.rules.RuleDeclarations;
import org.jixiao.sharedkernel.rules.RuleKey;

/** The assessment stage's rules (DOMAIN.md "Rule keys"). */
public final class AssessmentRules implements RuleDeclarations {

    /** Most points per dimension, summing to 100; default 20 each. */
    public static final RuleKey<DimensionWeights> WEIGHTS = RuleKey.points("assessment.weights",
            "事前评估各维度分值（合计100） Points of the five assessment dimensions, summing to 100",
            DimensionWeights.NATIONAL_DEFAULT, DimensionWeights::ofNames, DimensionWeights::byName);

    /** Lower bounds of SUPPORT and SUPPORT_AFTER_REVISION: 90 / 70. */
    public static final RuleKey<ConclusionBands> CONCLUSION_BANDS = RuleKey.points("assessment.conclusionBands",
            "事前评估结论分数线（予以支持/调整完善后予以支持的下限） Lower bounds of the assessment conclusions",
            ConclusionBands.NATIONAL_DEFAULT, ConclusionBands::ofNames, ConclusionBands::byName);

    /** Grade bands of assessment totals, as for evaluation: 90 / 80 / 60. */
    public static final RuleKey<GradeBands> GRADE_BANDS = RuleKey.gradeBands("assessment.gradeBands",
            "事前评估等级分数线（优/良/中的下限） Lower bounds of the assessment grades", GradeBands.NATIONAL_DEFAULT);

    /** Requested amount (元) from which a new project requires assessment; JSON null (the default): none. */
    public static final RuleKey<Optional<Money>> THRESHOLD = RuleKey.optionalMoney("assessment.threshold",
            "须开展事前评估的申请金额下限（元，null为不设） Requested amount from which assessment is required (null: none)",
            Optional.empty());

    /** The threshold rule, written once: an amount requires assessment when the threshold is set and reached. */
    public static boolean reachesThreshold(Optional<Money> threshold, Money amount) {
        return threshold.filter(bound -> amount.compareTo(bound) >= 0).isPresent();
    }

    @Override
    public List<RuleKey<?>> ruleKeys() {
        return List.of(WEIGHTS, CONCLUSION_BANDS, GRADE_BANDS, THRESHOLD);
    }
}
