package org.jixiao.targeting.events;

import org.jixiao.sharedkernel.Labelled;

/** Level-1 indicators (一级指标). */
public enum Level1 implements Labelled {
    OUTPUT("产出指标"),
    COST("成本指标"),
    BENEFIT("效益指标"),
    SATISFACTION("满意度指标");

    private final String label;

    Level1(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
