package org.jixiao.assessment.domain;

import org.jixiao.sharedkernel.Labelled;

/** OPEN while assessors score it; CONCLUDED once finance has concluded (then nothing changes). */
public enum AssessmentStatus implements Labelled {
    OPEN("评估中"),
    CONCLUDED("已出结论");

    private final String label;

    AssessmentStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
