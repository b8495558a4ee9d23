package org.jixiao.monitoring.domain;

import org.jixiao.sharedkernel.Labelled;

/** How far a qualitative indicator is achieved so far: a green, yellow or red light, 100 / 50 / 0 % completion. */
public enum Achievement implements Labelled {
    ACHIEVED("已实现"),
    PARTLY_ACHIEVED("部分实现"),
    NOT_ACHIEVED("未实现");

    private final String label;

    Achievement(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
