package org.jixiao.rules;

import org.jixiao.sharedkernel.Labelled;

/** What a change did to a region's override. */
public enum RuleAction implements Labelled {
    SET("设置覆盖"), REMOVE("删除覆盖");

    private final String label;

    RuleAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
