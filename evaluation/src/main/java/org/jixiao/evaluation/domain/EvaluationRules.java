package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.sharedkernel.GradeBands;
import org.jixiao.sharedkernel.rules.RuleDeclarations;
import org.jixiao.sharedkernel.rules.RuleKey;

/** The evaluation stage's rules (DOMAIN.md "Rule keys"), each a national default a region may override. */
public final class EvaluationRules implements RuleDeclarations {

    /** 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差; some regions grade self-evaluations 80 / 70 / 60. */
    public static final RuleKey<GradeBands> GRADE_BANDS = RuleKey.gradeBands("evaluation.gradeBands",
            "评价等级分数线（优/良/中的下限） Lower bounds of the evaluation grades", GradeBands.NATIONAL_DEFAULT);

    /** Points of the four blocks of a self-evaluation; satisfaction's points go to benefit when it is absent. */
    public static final RuleKey<BlockPoints> BLOCK_POINTS = RuleKey.points("evaluation.blockPoints",
            "自评各部分分值（预算执行/产出/效益/满意度，合计100） Points of the self-evaluation blocks, summing to 100",
            BlockPoints.NATIONAL_DEFAULT, BlockPoints::ofNames, BlockPoints::byName);

    /** Percent of submitted self-evaluations a spot check draws. */
    public static final RuleKey<BigDecimal> SPOT_CHECK_RATIO = RuleKey.number("evaluation.spotCheckRatio",
            "抽审复核比例（%） Percent of submitted self-evaluations drawn for a spot check",
            BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.valueOf(100));

    /** Points of gap between self-score and review score that flag a spot-check item. */
    public static final RuleKey<BigDecimal> SPOT_CHECK_GAP = RuleKey.number("evaluation.spotCheckGap",
            "抽审差异标记阈值（分） Points of gap between self and review score that flag an item",
            BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.valueOf(100));

    @Override
    public List<RuleKey<?>> ruleKeys() {
        return List.of(GRADE_BANDS, BLOCK_POINTS, SPOT_CHECK_RATIO, SPOT_CHECK_GAP);
    }
}
