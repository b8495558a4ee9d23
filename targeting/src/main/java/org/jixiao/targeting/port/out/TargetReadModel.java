package org.jixiao.targeting.port.out;

import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.targeting.port.in.TargetListItem;
import org.jixiao.targeting.port.in.TargetQueries.TargetFilter;
import org.jixiao.targeting.port.in.TargetStatistics;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Set-based reads over many targets, limited to a subtree by its SQL {@code LIKE} path pattern. */
@SecondaryPort
public interface TargetReadModel {

    Page<TargetListItem> list(String pathPattern, TargetFilter filter, PageQuery page);

    TargetStatistics statistics(String pathPattern, int fiscalYear, String fundSource, String kind);

    java.util.List<org.jixiao.targeting.port.in.TargetRevisionView> revisions(java.util.UUID targetId, Integer inForce,
            Integer published);

    Page<org.jixiao.targeting.port.in.PublicTarget> published(String pathPattern, Integer fiscalYear, PageQuery page);
}
