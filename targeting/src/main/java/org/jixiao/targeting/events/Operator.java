package org.jixiao.targeting.events;

import org.jixiao.sharedkernel.Labelled;

/** How actual values compare with the target value: ≥ ＞ ＝ are positive, ＜ ≤ reverse; or qualitative (定性). */
public enum Operator implements Labelled {
    GE("≥"),
    GT("＞"),
    EQ("＝"),
    LT("＜"),
    LE("≤"),
    QUALITATIVE("定性");

    private final String label;

    Operator(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isQuantitative() {
        return this != QUALITATIVE;
    }

    /** ＜ and ≤: less is better. */
    public boolean isReverse() {
        return this == LT || this == LE;
    }
}
