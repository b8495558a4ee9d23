package org.jixiao.assessment.events;

import org.jixiao.sharedkernel.Labelled;

/** What is assessed: a new major project or a new policy. */
public enum AssessmentKind implements Labelled {
    PROJECT("项目"),
    POLICY("政策");

    private final String label;

    AssessmentKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
