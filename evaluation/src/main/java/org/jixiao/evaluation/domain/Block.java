package org.jixiao.evaluation.domain;

import org.jixiao.sharedkernel.Labelled;
import org.jixiao.targeting.events.Level1;

/** The blocks a self-evaluation's indicators score in; the budget execution score is apart from them. */
public enum Block implements Labelled {
    OUTPUT("产出"),
    BENEFIT("效益"),
    SATISFACTION("满意度");

    private final String label;

    Block(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** COST indicators count in the output block. */
    public static Block of(Level1 level1) {
        return switch (level1) {
            case OUTPUT, COST -> OUTPUT;
            case BENEFIT -> BENEFIT;
            case SATISFACTION -> SATISFACTION;
        };
    }
}
