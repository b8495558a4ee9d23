package org.jixiao.monitoring.domain;

import org.jixiao.sharedkernel.Labelled;

/** Where a report is: waiting for its unit, filed (and correctable), or reviewed by finance (closed to corrections). */
public enum ReportStatus implements Labelled {
    NOT_FILED("未报送"),
    FILED("已报送"),
    REVIEWED("已审核");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
