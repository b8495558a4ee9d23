package org.jixiao.evaluation.domain;

import org.jixiao.sharedkernel.Labelled;

/** Who evaluates: finance's or the department's own staff, or a third-party agency (第三方机构) they commission. */
public enum EvaluatorType implements Labelled {
    FINANCE("财政部门"),
    DEPARTMENT("主管部门"),
    THIRD_PARTY("第三方机构");

    private final String label;

    EvaluatorType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
