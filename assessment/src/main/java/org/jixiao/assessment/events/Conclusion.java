package org.jixiao.assessment.events;

import org.jixiao.sharedkernel.Labelled;

/** What an ex-ante assessment concludes: whether the project or policy may get money. */
public enum Conclusion implements Labelled {
    /** 予以支持: total ≥ 90 by default. */
    SUPPORT("予以支持"),
    /** 调整完善后予以支持: 70–89.99 by default. */
    SUPPORT_AFTER_REVISION("调整完善后予以支持"),
    /** 不予支持: below 70 by default. */
    REJECT("不予支持");

    private final String label;

    Conclusion(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** True when the conclusion lets the target be approved (the ex-ante gate). */
    public boolean supports() {
        return this != REJECT;
    }
}
