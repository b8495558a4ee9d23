package org.jixiao.evaluation.domain;

import org.jixiao.sharedkernel.Labelled;

/** What a department or key evaluation evaluates: a project, a policy, or a department's overall expenditure. */
public enum SubjectType implements Labelled {
    PROJECT("项目"),
    POLICY("政策"),
    DEPARTMENT_OVERALL("部门整体支出");

    private final String label;

    SubjectType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
