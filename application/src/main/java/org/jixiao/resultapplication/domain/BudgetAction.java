package org.jixiao.resultapplication.domain;

import org.jixiao.sharedkernel.Labelled;

/** What next year's budget of a project does, by its grade (rule {@code application.gradeActions}). */
public enum BudgetAction implements Labelled {
    /** 优先保障: the current amount, first in line. */
    PRIORITY("优先保障"),
    /** 保障: the current amount. */
    KEEP("保障"),
    /** 压缩: the current amount less the rule {@code application.cutPercent}. */
    CUT("压缩"),
    /** 取消: nothing. */
    CANCEL("取消");

    private final String label;

    BudgetAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
