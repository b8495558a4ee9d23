package org.jixiao.targeting.domain;

import org.jixiao.sharedkernel.Labelled;

/** What a review looks at (审核要点). */
public enum ReviewCriterion implements Labelled {
    COMPLETENESS("完整性"),
    RELEVANCE("相关性"),
    APPROPRIATENESS("适当性"),
    FEASIBILITY("可行性");

    private final String label;

    ReviewCriterion(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
