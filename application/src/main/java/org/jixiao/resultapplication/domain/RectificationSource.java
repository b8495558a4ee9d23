package org.jixiao.resultapplication.domain;

import org.jixiao.sharedkernel.Labelled;

/** What opened a rectification (整改); each source opens at most one. */
public enum RectificationSource implements Labelled {
    /** A FAIR or POOR evaluation result; one per evaluated target. */
    EVALUATION("评价结果为中或差"),
    /** A monitoring review with action RECTIFY or SUSPEND_FUNDING; one per monitoring report. */
    MONITORING("监控审核要求整改或暂缓拨款"),
    /** A flagged spot-check gap; one per spot check and drawn target. */
    SPOT_CHECK("抽审复核差异");

    private final String label;

    RectificationSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
