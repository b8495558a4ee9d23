package org.jixiao.targeting.events;

import org.jixiao.sharedkernel.Labelled;

/** What a target is for: a project, a policy, or a unit's or department's overall expenditure. */
public enum TargetKind implements Labelled {
    PROJECT("项目"),
    DEPARTMENT_OVERALL("部门（单位）整体支出"),
    POLICY("政策");

    private final String label;

    TargetKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
