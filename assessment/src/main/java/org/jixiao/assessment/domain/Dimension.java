package org.jixiao.assessment.domain;

import org.jixiao.sharedkernel.Labelled;

/** The five dimensions of an ex-ante assessment (评估维度). */
public enum Dimension implements Labelled {
    NECESSITY("立项必要性"),
    ECONOMY("投入经济性"),
    TARGET_REASONABLENESS("绩效目标合理性"),
    FEASIBILITY("实施方案可行性"),
    FUNDING_COMPLIANCE("筹资合规性");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
