package org.jixiao.resultapplication.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.jixiao.sharedkernel.Money;

/**
 * The totals of a proposal, on each line's final amount (decided, else proposed) — the figures the seeds report
 * ("39 projects of 24 units cut"; "61 units' budgets cut by 5.15亿元").
 *
 * @param projects        lines
 * @param units           distinct units with a line
 * @param currentAmount   Σ current amounts
 * @param proposedAmount  Σ final amounts
 * @param cutAmount       Σ reductions of the lines not cancelled (CUT's percent, open rectifications, amendments)
 * @param cancelledAmount Σ reductions of the CANCEL lines
 * @param keptAmount      Σ final amounts of the KEEP lines
 * @param priorityAmount  Σ final amounts of the PRIORITY lines
 * @param cutProjects     lines whose final amount is below their current amount, cancelled ones included
 * @param cutUnits        distinct units of those lines
 */
public record ProposalTotals(int projects, int units, Money currentAmount, Money proposedAmount, Money cutAmount,
                             Money cancelledAmount, Money keptAmount, Money priorityAmount, int cutProjects,
                             int cutUnits) {

    public static ProposalTotals of(Collection<ProposalItem> items) {
        Set<String> units = new HashSet<>();
        Set<String> cutUnits = new HashSet<>();
        Money current = Money.ZERO;
        Money proposed = Money.ZERO;
        Money cut = Money.ZERO;
        Money cancelled = Money.ZERO;
        Money kept = Money.ZERO;
        Money priority = Money.ZERO;
        int cutProjects = 0;
        for (ProposalItem item : items) {
            units.add(item.basis().unitCode());
            current = current.plus(item.basis().currentAmount());
            proposed = proposed.plus(item.finalAmount());
            Money reduction = item.reduction();
            if (item.action() == BudgetAction.CANCEL) {
                cancelled = cancelled.plus(reduction);
            } else {
                cut = cut.plus(reduction);
            }
            if (item.action() == BudgetAction.KEEP) {
                kept = kept.plus(item.finalAmount());
            } else if (item.action() == BudgetAction.PRIORITY) {
                priority = priority.plus(item.finalAmount());
            }
            if (!reduction.isZero()) {
                cutProjects++;
                cutUnits.add(item.basis().unitCode());
            }
        }
        return new ProposalTotals(items.size(), units.size(), current, proposed, cut, cancelled, kept, priority,
                cutProjects, cutUnits.size());
    }
}
