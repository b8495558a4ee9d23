package org.jixiao.targeting.port.in;

import java.util.UUID;

import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.targeting.domain.TargetStatus;
import org.jixiao.targeting.events.FundSource;
import org.jixiao.targeting.events.TargetKind;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/** Reading targets, each limited to the caller's subtree. */
@PrimaryPort
public interface TargetQueries {

    TargetView get(UUID targetId);

    Page<TargetListItem> list(TargetFilter filter, PageQuery page);

    /** Every revision of a target, oldest first. */
    java.util.List<TargetRevisionView> revisions(UUID targetId);

    /** Published targets of a region's subtree and year, for anyone (no caller needed). */
    Page<PublicTarget> published(@Nullable Integer fiscalYear, @Nullable String regionCode, PageQuery page);

    /** Over targets in force (APPROVED or PUBLISHED) in the subtree. */
    TargetStatistics statistics(int fiscalYear, @Nullable String regionCode, @Nullable FundSource fundSource, @Nullable TargetKind kind);

    record TargetFilter(@Nullable Integer fiscalYear, @Nullable String regionCode, @Nullable String unitCode, @Nullable TargetStatus status, @Nullable TargetKind kind,
                        @Nullable FundSource fundSource) {
    }
}
