package org.jixiao.monitoring.events;

import org.jixiao.sharedkernel.Labelled;

/** What finance decides on a reviewed monitoring report (DOMAIN.md "Monitoring"). */
public enum ReviewAction implements Labelled {
    NONE("无需处理"),
    /** The unit must rectify (整改): result application opens a rectification task. */
    RECTIFY("整改"),
    /** Payments are suspended or stopped (暂缓或停止拨款); also opens a rectification task. */
    SUSPEND_FUNDING("暂缓或停止拨款"),
    /** The budget is cut (调减) by the review's amount. */
    ADJUST_BUDGET("调减预算"),
    /** Idle or off-target money is recalled (收回) by the review's amount. */
    RECALL_FUNDS("收回资金");

    private final String label;

    ReviewAction(String label) {
        this.label = label;
    }

    /** ADJUST_BUDGET and RECALL_FUNDS move money: they need an amount, at most the report's budget. */
    public boolean movesMoney() {
        return this == ADJUST_BUDGET || this == RECALL_FUNDS;
    }

    @Override
    public String label() {
        return label;
    }
}
