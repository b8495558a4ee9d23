package org.jixiao.evaluation.domain;

import java.math.BigDecimal;

import org.jixiao.sharedkernel.Labelled;

/**
 * The band an evaluator picks for a qualitative indicator, and the scores (percent of the indicator's points) it
 * allows: ACHIEVED 80–100, PARTLY_ACHIEVED 60–79.99, NOT_ACHIEVED 0–59.99.
 */
public enum AchievementBand implements Labelled {
    ACHIEVED("已实现", "80", "100"),
    PARTLY_ACHIEVED("部分实现", "60", "79.99"),
    NOT_ACHIEVED("未实现", "0", "59.99");

    private final String label;
    private final BigDecimal lowest;
    private final BigDecimal highest;

    AchievementBand(String label, String lowest, String highest) {
        this.label = label;
        this.lowest = new BigDecimal(lowest);
        this.highest = new BigDecimal(highest);
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether a score in percent of the indicator's points lies inside the band. */
    public boolean allows(BigDecimal percent) {
        return percent.compareTo(lowest) >= 0 && percent.compareTo(highest) <= 0;
    }

    public BigDecimal lowest() {
        return lowest;
    }

    public BigDecimal highest() {
        return highest;
    }
}
