package org.jixiao.monitoring.domain;

import org.jixiao.sharedkernel.Labelled;

/** Whether the unit expects to reach an indicator's target by year end. */
public enum Likelihood implements Labelled {
    CERTAIN("确定能"),
    POSSIBLE("有可能"),
    IMPOSSIBLE("完全不可能");

    private final String label;

    Likelihood(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
