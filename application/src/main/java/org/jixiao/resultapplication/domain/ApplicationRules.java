package org.jixiao.resultapplication.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.sharedkernel.rules.RuleDeclarations;
import org.jixiao.sharedkernel.rules.RuleKey;

/** The result-application stage's rules (DOMAIN.md "Rule keys"), each a national default a region may override. */
public final class ApplicationRules implements RuleDeclarations {

    /** 优 PRIORITY, 良 KEEP, 中 CUT, 差 CANCEL. */
    public static final RuleKey<Map<String, BudgetAction>> GRADE_ACTIONS = RuleKey.enumsByName(
            "application.gradeActions", "评价等级对应的下年度预算安排（优先保障/保障/压缩/取消） Next year's budget action by grade",
            nationalGradeActions(), BudgetAction.class);

    /** CUT lowers the amount by this percent. */
    public static final RuleKey<BigDecimal> CUT_PERCENT = RuleKey.number("application.cutPercent",
            "压缩比例（%） Percent a CUT lowers next year's amount by", BigDecimal.TEN, BigDecimal.ZERO,
            BigDecimal.valueOf(100));

    /** Percentage points of the current amount an open rectification lowers the proposed amount by, further. */
    public static final RuleKey<BigDecimal> OPEN_RECTIFICATION_PERCENT = RuleKey.number(
            "application.openRectificationPercent",
            "未完成整改的进一步压减（占当年预算的百分点） Further percentage points cut while a rectification is open",
            BigDecimal.valueOf(5), BigDecimal.ZERO, BigDecimal.valueOf(100));

    /** Days from a rectification's opening date to its deadline. */
    public static final RuleKey<Integer> RECTIFICATION_DAYS = RuleKey.wholeNumber("application.rectificationDays",
            "整改期限（自下达之日起的天数） Days from a rectification's opening to its deadline", 30, 1, 3650);

    private static Map<String, BudgetAction> nationalGradeActions() {
        Map<String, BudgetAction> actions = new LinkedHashMap<>();
        actions.put("EXCELLENT", BudgetAction.PRIORITY);
        actions.put("GOOD", BudgetAction.KEEP);
        actions.put("FAIR", BudgetAction.CUT);
        actions.put("POOR", BudgetAction.CANCEL);
        return actions;
    }

    @Override
    public List<RuleKey<?>> ruleKeys() {
        return List.of(GRADE_ACTIONS, CUT_PERCENT, OPEN_RECTIFICATION_PERCENT, RECTIFICATION_DAYS);
    }
}
