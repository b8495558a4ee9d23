package org.jixiao.targeting.port.out;

import java.util.List;
import java.util.UUID;

import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.access.Scope;
import org.jixiao.targeting.events.TargetApproved;
import org.jixiao.targeting.port.in.PublicTarget;
import org.jixiao.targeting.port.in.TargetListItem;
import org.jixiao.targeting.port.in.TargetQueries.TargetFilter;
import org.jixiao.targeting.port.in.TargetRevisionView;
import org.jixiao.targeting.port.in.TargetStatistics;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.Nullable;

/** Set-based reads over many targets, limited to a {@link Scope} of the organisation tree. */
@SecondaryPort
public interface TargetReadModel {

    Page<TargetListItem> list(Scope scope, TargetFilter filter, PageQuery page);

    TargetStatistics statistics(Scope scope, int fiscalYear, @Nullable String fundSource, @Nullable String kind);

    List<TargetRevisionView> revisions(UUID targetId, @Nullable Integer inForce, @Nullable Integer published);

    Page<PublicTarget> published(Scope scope, @Nullable Integer fiscalYear, PageQuery page);

    /** The approvals of the revisions in force in a scope, by target id after {@code after} (null: the first). */
    List<TargetApproved> inForce(Scope scope, @Nullable UUID after, int limit);
}
