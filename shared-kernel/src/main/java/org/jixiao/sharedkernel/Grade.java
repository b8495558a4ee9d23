package org.jixiao.sharedkernel;

/** 优 / 良 / 中 / 差: the grade of a score under a region's {@link GradeBands}. */
public enum Grade implements Labelled {
    EXCELLENT("优"),
    GOOD("良"),
    FAIR("中"),
    POOR("差");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
