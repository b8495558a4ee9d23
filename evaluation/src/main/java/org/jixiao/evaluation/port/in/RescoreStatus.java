package org.jixiao.evaluation.port.in;

import org.jixiao.sharedkernel.Labelled;

/** Where a rescore is: running (also after a restart, where it carries on), done, or stopped by a failure. */
public enum RescoreStatus implements Labelled {
    RUNNING("计分中"),
    DONE("已完成"),
    FAILED("失败");

    private final String label;

    RescoreStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
