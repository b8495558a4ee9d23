package org.jixiao.sharedkernel.access;

import org.jixiao.sharedkernel.Labelled;

/** The three kinds of organisation unit, in one hierarchy. */
public enum OrgKind implements Labelled {
    /** A government level by its 行政区划代码; regions nest (650000 &gt; 650100 &gt; 650121). */
    REGION("行政区划"),
    /** 主管部门: sits in a region. */
    DEPARTMENT("主管部门"),
    /** 预算单位: sits in a department or directly in a region. */
    UNIT("预算单位");

    private final String label;

    OrgKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
