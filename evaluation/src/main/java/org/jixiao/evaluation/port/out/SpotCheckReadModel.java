package org.jixiao.evaluation.port.out;

import java.util.List;
import java.util.UUID;

import org.jixiao.evaluation.events.SpotCheckFlagged;
import org.jixiao.evaluation.port.in.SpotCheckListItem;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.access.Scope;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.Nullable;

/** The list of spot checks. */
@SecondaryPort
public interface SpotCheckReadModel {

    /** The spot checks of regions in the scope, of a year (any when null), newest first. */
    Page<SpotCheckListItem> list(Scope scope, @Nullable Integer fiscalYear, PageQuery page);

    /** The flagged items in a scope as their events, by spot check and target, after that check's target. */
    List<SpotCheckFlagged> flagged(Scope scope, @Nullable UUID afterCheck, @Nullable UUID afterTarget, int limit);
}
