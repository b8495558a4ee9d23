package org.jixiao.resultapplication.domain;

import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

public record BudgetProposalId(UUID value) implements Identifier {
}
