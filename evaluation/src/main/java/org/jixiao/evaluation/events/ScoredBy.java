package org.jixiao.evaluation.events;

import org.jixiao.sharedkernel.Labelled;

/** Whose score an evaluation's effective score is: finance's, else the department's, else the unit's own. */
public enum ScoredBy implements Labelled {
    SELF("单位自评"),
    DEPARTMENT("主管部门评分"),
    FINANCE("财政复核");

    private final String label;

    ScoredBy(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
