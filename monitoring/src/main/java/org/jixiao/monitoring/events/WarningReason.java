package org.jixiao.monitoring.events;

import org.jixiao.sharedkernel.Labelled;

/** Why a report is a warning (预警). */
public enum WarningReason implements Labelled {
    /** The execution light is red: spending is below 60% of the year's pace. */
    EXECUTION_ABNORMAL("执行异常"),
    /** Execution rate and target completion rate differ by more than the rule's points. */
    GAP_EXCEEDED("执行与目标完成偏差过大"),
    /** No report was filed when the round was assessed. */
    NOT_FILED("未报送");

    private final String label;

    WarningReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
