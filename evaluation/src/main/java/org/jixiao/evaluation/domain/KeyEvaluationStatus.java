package org.jixiao.evaluation.domain;

import org.jixiao.sharedkernel.Labelled;

/** Commissioned and waiting for its scores, or scored (scoring again replaces the scores). */
public enum KeyEvaluationStatus implements Labelled {
    ASSIGNED("已委托"),
    SCORED("已评分");

    private final String label;

    KeyEvaluationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
