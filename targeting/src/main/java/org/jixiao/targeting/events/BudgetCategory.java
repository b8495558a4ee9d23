package org.jixiao.targeting.events;

import org.jixiao.sharedkernel.Labelled;

/** The four budgets (四本预算). */
public enum BudgetCategory implements Labelled {
    GENERAL_PUBLIC("一般公共预算"),
    GOVERNMENT_FUND("政府性基金预算"),
    STATE_CAPITAL("国有资本经营预算"),
    SOCIAL_INSURANCE("社会保险基金预算");

    private final String label;

    BudgetCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
