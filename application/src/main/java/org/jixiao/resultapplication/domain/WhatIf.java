package org.jixiao.resultapplication.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jixiao.sharedkernel.Money;
import org.jspecify.annotations.Nullable;

/**
 * The same proposals under other rule values, side by side with those under the rules in force (a what-if): how
 * many projects change action and how much money moves, in all and by department. Nothing is stored.
 *
 * @param inForce      totals under the rules in force
 * @param whatIf       totals under the rules asked about
 * @param changed      projects whose action differs
 * @param difference   Σ what-if proposed − Σ in-force proposed (negative: the what-if gives less)
 * @param byDepartment the same by department, ordered by department code; units directly under the region last
 */
public record WhatIf(ProposalTotals inForce, ProposalTotals whatIf, int changed, Money difference,
                     List<Department> byDepartment) {

    /**
     * One department's side by side.
     *
     * @param departmentCode null for the units directly under the region
     */
    public record Department(@Nullable String departmentCode, int projects, int changed, Money inForceAmount,
                             Money whatIfAmount, Money difference) {
    }

    public static WhatIf compare(List<ProjectResult> results, ProposalRules inForce, ProposalRules asked) {
        List<ProposalItem> before = inForce.proposeAll(results);
        List<ProposalItem> after = asked.proposeAll(results);
        final class Sum {
            int projects;
            int changed;
            Money before = Money.ZERO;
            Money after = Money.ZERO;
        }
        Map<String, Sum> sums = new TreeMap<>(Comparator.nullsLast(Comparator.<String>naturalOrder()));
        Sum all = new Sum();
        for (int k = 0; k < results.size(); k++) {
            ProposalItem b = before.get(k);
            ProposalItem a = after.get(k);
            String department = results.get(k).departmentCode();
            Sum sum = sums.get(department);
            if (sum == null) {
                sum = new Sum();
                sums.put(department, sum);
            }
            boolean changed = a.action() != b.action();
            for (Sum s : List.of(sum, all)) {
                s.projects++;
                s.changed += changed ? 1 : 0;
                s.before = s.before.plus(b.finalAmount());
                s.after = s.after.plus(a.finalAmount());
            }
        }
        List<Department> departments = new ArrayList<>();
        sums.forEach((code, s) -> departments.add(new Department(code, s.projects, s.changed, s.before, s.after,
                s.after.minus(s.before))));
        return new WhatIf(ProposalTotals.of(before), ProposalTotals.of(after), all.changed, all.after.minus(all.before),
                departments);
    }
}
