package org.jixiao.resultapplication.domain;

import java.time.Instant;
import java.util.Objects;

import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.Money;
import org.jspecify.annotations.Nullable;

/**
 * One project's line of a budget proposal: its basis, the action its grade gives, the amount the rules propose,
 * and finance's decision. The decided amount, once there, is the project's ceiling for the budgeted year.
 *
 * @param grade         the grade the action follows (the evaluation's; a what-if may grade again)
 * @param decidedAmount the proposed amount when accepted, finance's when amended; null until decided
 */
public record ProposalItem(ProjectResult basis, Grade grade, BudgetAction action, Money proposedAmount,
                           @Nullable Decision decision, @Nullable Money decidedAmount, @Nullable String decidedBy,
                           @Nullable Instant decidedAt) {

    public ProposalItem {
        Objects.requireNonNull(basis, "basis");
        if ((decision == null) != (decidedAmount == null)) {
            throw new IllegalArgumentException("a decision comes with its amount: " + basis.projectCode());
        }
    }

    static ProposalItem proposed(ProjectResult basis, Grade grade, BudgetAction action, Money proposedAmount) {
        return new ProposalItem(basis, grade, action, proposedAmount, null, null, null, null);
    }

    /**
     * Finance's decision: ACCEPT takes the proposed amount (an amount given with it must be that one), AMEND takes
     * the amount given, which may be more or less than proposed and must not be negative.
     */
    ProposalItem decide(Decision decision, @Nullable Money amount, String by, Instant at) {
        Money decided = switch (decision) {
            case ACCEPT -> {
                if (amount != null && amount.compareTo(proposedAmount) != 0) {
                    throw InvalidInputException.of("proposedAmount", "proposal.acceptOther",
                            proposedAmount.yuan().toPlainString());
                }
                yield proposedAmount;
            }
            case AMEND -> {
                if (amount == null) {
                    throw InvalidInputException.of("proposedAmount", "proposal.amendWithoutAmount");
                }
                if (amount.isNegative()) {
                    throw InvalidInputException.of("proposedAmount", "proposal.negativeAmount");
                }
                yield amount;
            }
        };
        return new ProposalItem(basis, grade, action, proposedAmount, decision, decided, by, at);
    }

    /** What the line counts for in the totals: the decided amount, else the proposed one. */
    public Money finalAmount() {
        return decidedAmount != null ? decidedAmount : proposedAmount;
    }

    /** How much less than the current amount the line gives; nothing when it gives as much or more. */
    public Money reduction() {
        Money less = basis.currentAmount().minus(finalAmount());
        return less.isNegative() ? Money.ZERO : less;
    }
}
