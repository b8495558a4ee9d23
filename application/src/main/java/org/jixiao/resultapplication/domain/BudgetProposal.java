package org.jixiao.resultapplication.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.rules.AppliedRule;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

/**
 * A region's budget proposals (预算调整建议) for the year being budgeted: one line per project of the region's own
 * units with an effective evaluation in the year before, each with its basis, action and proposed amount under the
 * rules in force ({@link ProposalRules}), and finance's decision. One per region and budgeted year. A decided line is
 * the project's ceiling in the budgeted year.
 */
public final class BudgetProposal implements AggregateRoot<BudgetProposal, BudgetProposalId> {

    /**
     * Everything a proposal is, as stored.
     *
     * @param fiscalYear   the year being budgeted; the results of the year before drive it
     * @param appliedRules the rules the proposed amounts applied
     */
    public record Snapshot(BudgetProposalId id, FiscalYear fiscalYear, RegionCode region, OrgPath regionPath,
                           List<AppliedRule> appliedRules, List<ProposalItem> items, String createdBy,
                           Instant createdAt, long version) {

        public Snapshot {
            appliedRules = List.copyOf(appliedRules);
            items = List.copyOf(items);
        }
    }

    private final Snapshot s;
    private final List<ProposalItem> items;

    private BudgetProposal(Snapshot snapshot) {
        this.s = snapshot;
        this.items = new ArrayList<>(snapshot.items());
    }

    public static BudgetProposal rebuild(Snapshot snapshot) {
        return new BudgetProposal(snapshot);
    }

    /** Proposes next year's amounts from the results of the year before; no result at all is a conflict (409). */
    public static BudgetProposal propose(BudgetProposalId id, FiscalYear budgeted, RegionCode region,
            OrgPath regionPath, ProposalRules rules, List<ProjectResult> results, String by, Instant at) {
        if (results.isEmpty()) {
            throw new StateConflictException("proposal.nothingEvaluated", null, budgeted.value() - 1);
        }
        return new BudgetProposal(new Snapshot(id, budgeted, region, regionPath, rules.applied(),
                rules.proposeAll(results), by, at, 0));
    }

    /**
     * Finance decides a line. The project code names it; when two units of the region share the code, the unit
     * code must say which (400 naming unitCode).
     */
    public ProposalItem decide(String projectCode, @Nullable String unitCode, Decision decision,
            @Nullable Money amount, String by, Instant at) {
        int found = -1;
        for (int k = 0; k < items.size(); k++) {
            ProjectResult basis = items.get(k).basis();
            if (basis.projectCode().equals(projectCode) && (unitCode == null || basis.unitCode().equals(unitCode))) {
                if (found >= 0) {
                    throw InvalidInputException.of("unitCode", "proposal.ambiguousProject", projectCode);
                }
                found = k;
            }
        }
        if (found < 0) {
            throw new NotFoundException("proposalItem", projectCode);
        }
        ProposalItem decided = items.get(found).decide(decision, amount, by, at);
        items.set(found, decided);
        return decided;
    }

    public List<ProposalItem> items() {
        return List.copyOf(items);
    }

    public ProposalTotals totals() {
        return ProposalTotals.of(items);
    }

    public OrgPath regionPath() {
        return s.regionPath();
    }

    public long version() {
        return s.version();
    }

    public Snapshot snapshot() {
        return new Snapshot(s.id(), s.fiscalYear(), s.region(), s.regionPath(), s.appliedRules(), items,
                s.createdBy(), s.createdAt(), s.version());
    }

    @Override
    public BudgetProposalId getId() {
        return s.id();
    }
}
