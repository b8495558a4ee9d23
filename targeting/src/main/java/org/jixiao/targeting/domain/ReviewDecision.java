package org.jixiao.targeting.domain;

import org.jixiao.sharedkernel.Labelled;

/** What a reviewer decides; the grade decides over it. */
public enum ReviewDecision implements Labelled {
    APPROVE("通过"),
    RETURN("退回");

    private final String label;

    ReviewDecision(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
