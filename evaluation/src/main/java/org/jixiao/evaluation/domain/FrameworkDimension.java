package org.jixiao.evaluation.domain;

import org.jixiao.sharedkernel.Labelled;

/** The four parts of the framework of a department or key evaluation (部门评价 / 财政重点评价). */
public enum FrameworkDimension implements Labelled {
    DECISION("决策"),
    PROCESS("过程"),
    OUTPUT("产出"),
    BENEFIT("效益");

    private final String label;

    FrameworkDimension(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
