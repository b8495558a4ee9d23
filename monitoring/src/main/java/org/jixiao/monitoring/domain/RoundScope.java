package org.jixiao.monitoring.domain;

import java.util.List;

import org.jixiao.sharedkernel.Labelled;
import org.jixiao.targeting.events.TargetKind;

/** Which targets a monitoring round covers: projects (with policies), or departments' overall expenditure. */
public enum RoundScope implements Labelled {
    PROJECT("项目（含政策）"),
    DEPARTMENT_OVERALL("部门（单位）整体支出");

    private final String label;

    RoundScope(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The kinds of target in force a round of this scope reports on. */
    public List<TargetKind> kinds() {
        return this == PROJECT ? List.of(TargetKind.PROJECT, TargetKind.POLICY) : List.of(TargetKind.DEPARTMENT_OVERALL);
    }
}
