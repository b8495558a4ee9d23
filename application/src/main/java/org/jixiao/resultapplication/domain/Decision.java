package org.jixiao.resultapplication.domain;

import org.jixiao.sharedkernel.Labelled;

/** Finance's decision on a budget proposal item: the proposed amount as it is, or another. */
public enum Decision implements Labelled {
    ACCEPT("采纳"),
    AMEND("调整后采纳");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
