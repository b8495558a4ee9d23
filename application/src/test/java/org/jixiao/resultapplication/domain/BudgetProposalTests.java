package org.jixiao.resultapplication.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.resultapplication.domain.Results.result;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.StateConflictException;
import org.junit.jupiter.api.Test;

/** A region's proposal: its totals as the seeds report them, and finance's decisions. */
class BudgetProposalTests {

    static final Instant AT = Instant.parse("2020-01-10T02:00:00Z");

    static BudgetProposal proposal(List<ProjectResult> results) {
        return BudgetProposal.propose(new BudgetProposalId(UUID.randomUUID()), FiscalYear.of(2020),
                RegionCode.of("650121"), OrgPath.parse("/650000/650100/650121/"), ProposalRules.NATIONAL_DEFAULT,
                results, "finance-county", AT);
    }

    /** Four projects of three units: 优 with nothing open, 良 with a rectification open, 中, 差. */
    static final List<ProjectResult> FOUR = List.of(
            result("P1", "U1", "D1", "92.15", "1000000.00", 0),
            result("P2", "U1", "D1", "85.00", "200000.00", 1),
            result("P3", "U2", "D1", "72.50", "300000.00", 0),
            result("P4", "U3", null, "40.00", "50000.00", 2));

    @Test
    void totalsCountProjectsUnitsAndMoneyCutCancelledKeptAndPrioritised() {
        ProposalTotals totals = proposal(FOUR).totals();
        assertThat(totals.projects()).isEqualTo(4);
        assertThat(totals.units()).isEqualTo(3);
        assertThat(totals.currentAmount()).isEqualTo(Money.of("1550000.00"));
        assertThat(totals.priorityAmount()).isEqualTo(Money.of("1000000.00"));
        assertThat(totals.keptAmount()).isEqualTo(Money.of("190000.00"));    // 良, less 5 points while open
        assertThat(totals.cutAmount()).isEqualTo(Money.of("40000.00"));      // 10,000 of P2 and 30,000 of P3
        assertThat(totals.cancelledAmount()).isEqualTo(Money.of("50000.00"));
        assertThat(totals.proposedAmount()).isEqualTo(Money.of("1460000.00"));
        assertThat(totals.cutProjects()).isEqualTo(3);
        assertThat(totals.cutUnits()).isEqualTo(3);
    }

    @Test
    void acceptingKeepsTheProposedAmountAmendingReplacesIt() {
        BudgetProposal proposal = proposal(FOUR);
        ProposalItem accepted = proposal.decide("P3", null, Decision.ACCEPT, null, "finance-county", AT);
        assertThat(accepted.decidedAmount()).isEqualTo(Money.of("270000.00"));
        assertThat(proposal.decide("P3", null, Decision.ACCEPT, Money.of("270000.00"), "f", AT).decidedAmount())
                .isEqualTo(Money.of("270000.00"));
        ProposalItem amended = proposal.decide("P4", "U3", Decision.AMEND, Money.of("20000.00"), "f", AT);
        assertThat(amended.action()).isEqualTo(BudgetAction.CANCEL);
        assertThat(amended.proposedAmount().isZero()).isTrue();
        assertThat(amended.decidedAmount()).isEqualTo(Money.of("20000.00"));
        assertThat(proposal.totals().cancelledAmount()).isEqualTo(Money.of("30000.00"));
        proposal.decide("P1", null, Decision.AMEND, Money.of("1200000.00"), "f", AT); // a raise is no cut
        assertThat(proposal.totals().cutAmount()).isEqualTo(Money.of("40000.00"));
        assertThat(proposal.totals().priorityAmount()).isEqualTo(Money.of("1200000.00"));
        assertThat(proposal.totals().cutProjects()).isEqualTo(3);
    }

    @Test
    void aDecisionIsCheckedAgainstItsAmount() {
        BudgetProposal proposal = proposal(FOUR);
        assertThat(fieldOf(() -> proposal.decide("P3", null, Decision.ACCEPT, Money.of("1.00"), "f", AT)))
                .isEqualTo("proposedAmount proposal.acceptOther");
        assertThat(fieldOf(() -> proposal.decide("P3", null, Decision.AMEND, null, "f", AT)))
                .isEqualTo("proposedAmount proposal.amendWithoutAmount");
        assertThat(fieldOf(() -> proposal.decide("P3", null, Decision.AMEND, Money.of("-0.01"), "f", AT)))
                .isEqualTo("proposedAmount proposal.negativeAmount");
        assertThat(proposal.totals().proposedAmount()).isEqualTo(Money.of("1460000.00"));
        assertThatThrownBy(() -> proposal.decide("P9", null, Decision.ACCEPT, null, "f", AT))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> proposal.decide("P3", "U1", Decision.ACCEPT, null, "f", AT))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aProjectCodeTwoUnitsShareNeedsTheUnit() {
        BudgetProposal proposal = proposal(List.of(result("P1", "U1", "D1", "85", "100.00", 0),
                result("P1", "U2", "D1", "70", "100.00", 0)));
        assertThat(fieldOf(() -> proposal.decide("P1", null, Decision.ACCEPT, null, "f", AT)))
                .isEqualTo("unitCode proposal.ambiguousProject");
        assertThat(proposal.decide("P1", "U2", Decision.ACCEPT, null, "f", AT).decidedAmount())
                .isEqualTo(Money.of("90.00"));
    }

    @Test
    void noEvaluatedProjectNoProposal() {
        assertThatThrownBy(() -> proposal(List.of())).isInstanceOfSatisfying(StateConflictException.class,
                e -> assertThat(e.code()).isEqualTo("proposal.nothingEvaluated"));
    }

    static String fieldOf(Runnable act) {
        try {
            act.run();
        } catch (InvalidInputException e) {
            return e.violations().get(0).field() + " " + e.violations().get(0).code();
        }
        throw new AssertionError("accepted");
    }
}
