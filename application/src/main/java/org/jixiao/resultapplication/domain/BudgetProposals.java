package org.jixiao.resultapplication.domain;

import java.util.Optional;

/** The budget proposals in their store. */
public interface BudgetProposals {

    Optional<BudgetProposal> find(BudgetProposalId id);

    /** Stores a new proposal; one of the same region and budgeted year is a conflict (409). */
    void add(BudgetProposal proposal);

    /** Stores a decided line of a proposal read at its version; a change in between is a conflict (409). */
    long saveDecision(BudgetProposal proposal, ProposalItem decided);
}
