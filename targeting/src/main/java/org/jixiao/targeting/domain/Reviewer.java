package org.jixiao.targeting.domain;

import org.jixiao.sharedkernel.Labelled;

/** The two reviews of the chain: the competent department first (when there is one), then finance. */
public enum Reviewer implements Labelled {
    DEPARTMENT("主管部门审核"),
    FINANCE("财政审核");

    private final String label;

    Reviewer(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
