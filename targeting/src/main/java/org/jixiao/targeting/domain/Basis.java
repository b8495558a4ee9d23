package org.jixiao.targeting.domain;

import org.jixiao.sharedkernel.Labelled;

/** What a target value is based on (指标值确定依据). */
public enum Basis implements Labelled {
    PLAN("计划标准"),
    HISTORY("历史标准"),
    INDUSTRY("行业标准"),
    BUDGET_STANDARD("预算支出标准"),
    OTHER("其他");

    private final String label;

    Basis(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
