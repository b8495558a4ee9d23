package org.jixiao.resultapplication.domain;

import org.jixiao.sharedkernel.Labelled;

/**
 * Where a rectification stands. OPEN, RESPONDED and VERIFIED are stored; OVERDUE is what an OPEN or RESPONDED task
 * shows once its deadline day has ended in Asia/Shanghai.
 */
public enum RectificationStatus implements Labelled {
    OPEN("待整改"),
    RESPONDED("已反馈"),
    VERIFIED("已核销"),
    OVERDUE("已逾期");

    private final String label;

    RectificationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
