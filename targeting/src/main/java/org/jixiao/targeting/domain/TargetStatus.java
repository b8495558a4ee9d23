package org.jixiao.targeting.domain;

import org.jixiao.sharedkernel.Labelled;

/** Where a target is in the review chain: unit files → department reviews → finance approves (批复) → published. */
public enum TargetStatus implements Labelled {
    DRAFT("草稿"),
    SUBMITTED("已提交"),
    DEPARTMENT_APPROVED("主管部门审核通过"),
    APPROVED("已批复"),
    PUBLISHED("已公开"),
    RETURNED("退回修改");

    private final String label;

    TargetStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
