package org.jixiao.evaluation.domain;

import org.jixiao.sharedkernel.Labelled;

/** A draft the unit may change and that never counts, or submitted: it counts and only reviewers score it further. */
public enum SelfEvaluationStatus implements Labelled {
    DRAFT("草稿"),
    SUBMITTED("已提交");

    private final String label;

    SelfEvaluationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
