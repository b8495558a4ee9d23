package org.jixiao.resultapplication.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.GradeBands;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.rules.AppliedRule;
import org.jixiao.sharedkernel.rules.RuleKey;
import org.jspecify.annotations.Nullable;

/**
 * How a project's result becomes next year's amount (DOMAIN.md "Result application"). The action follows the grade
 * alone ({@code application.gradeActions}); the amount is the current one for PRIORITY and KEEP, less
 * {@code application.cutPercent} for CUT, nothing for CANCEL; an open rectification lowers it further by
 * {@code application.openRectificationPercent} points of the current amount, never below nothing, and never
 * changes the action. One rounding, half-up to the 分, at the end.
 *
 * @param actions  the action of each grade, by grade name
 * @param regrade  grade bands to grade the score with again (a what-if); null: the evaluation's own grade
 * @param applied  the rules these values came from, as a result records them
 */
public record ProposalRules(Map<String, BudgetAction> actions, BigDecimal cutPercent,
                            BigDecimal openRectificationPercent, @Nullable GradeBands regrade,
                            List<AppliedRule> applied) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ProposalRules {
        actions = Map.copyOf(actions);
        for (Grade grade : Grade.values()) {
            Objects.requireNonNull(actions.get(grade.name()), grade::name);
        }
        requirePercent(cutPercent);
        requirePercent(openRectificationPercent);
        applied = List.copyOf(applied);
    }

    private static void requirePercent(BigDecimal percent) {
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("a percent is 0–100: " + percent);
        }
    }

    /** The national defaults, as a region without overrides has them. */
    public static final ProposalRules NATIONAL_DEFAULT = new ProposalRules(
            ApplicationRules.GRADE_ACTIONS.defaultValue(), ApplicationRules.CUT_PERCENT.defaultValue(),
            ApplicationRules.OPEN_RECTIFICATION_PERCENT.defaultValue(), null, List.of());

    /** The grade a proposal goes by: the evaluation's own, or the score graded again with the what-if's bands. */
    public Grade gradeOf(ProjectResult result) {
        return regrade == null ? result.grade() : regrade.gradeOf(result.score());
    }

    public BudgetAction actionOf(Grade grade) {
        return RuleKey.entry(actions, grade.name());
    }

    /** The proposal for one project. */
    public ProposalItem propose(ProjectResult result) {
        Grade grade = gradeOf(result);
        BudgetAction action = actionOf(grade);
        BigDecimal percent = switch (action) {
            case PRIORITY, KEEP -> BigDecimal.ZERO;
            case CUT -> cutPercent;
            case CANCEL -> HUNDRED;
        };
        if (result.openRectifications() > 0) {
            percent = percent.add(openRectificationPercent).min(HUNDRED);
        }
        Money proposed = result.currentAmount().lessPercent(percent);
        return ProposalItem.proposed(result, grade, action, proposed);
    }

    /** The proposals of every project, in the order given. */
    public List<ProposalItem> proposeAll(List<ProjectResult> results) {
        return results.stream().map(this::propose).toList();
    }
}
