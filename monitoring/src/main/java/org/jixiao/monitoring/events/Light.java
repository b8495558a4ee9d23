package org.jixiao.monitoring.events;

import org.jixiao.sharedkernel.Labelled;

/**
 * A monitoring light (红黄绿灯). Declared from worst to best: a target's light is its worst indicator's, and blue
 * (over-performance, which needs an explanation) counts as better than green.
 */
public enum Light implements Labelled {
    RED("红灯"),
    YELLOW("黄灯"),
    GREEN("绿灯"),
    BLUE("蓝灯");

    private final String label;

    Light(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The worse of the two: RED before YELLOW before GREEN before BLUE. */
    public Light worse(Light other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
