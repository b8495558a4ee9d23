package org.jixiao.targeting.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.CallerContext;
import org.jixiao.sharedkernel.access.OrgDirectory;
import org.jixiao.sharedkernel.access.OrgUnitRef;
import org.jixiao.sharedkernel.access.Scope;
import org.jixiao.targeting.domain.PerformanceTarget;
import org.jixiao.targeting.domain.TargetId;
import org.jixiao.targeting.domain.Targets;
import org.jixiao.targeting.events.FundSource;
import org.jixiao.targeting.events.TargetKind;
import org.jixiao.targeting.port.in.PublicTarget;
import org.jixiao.targeting.port.in.TargetListItem;
import org.jixiao.targeting.port.in.TargetQueries;
import org.jixiao.targeting.port.in.TargetRevisionView;
import org.jixiao.targeting.port.in.TargetStatistics;
import org.jixiao.targeting.port.in.TargetView;
import org.jixiao.targeting.port.out.TargetReadModel;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.annotation.Isolation;

/**
 * Reading targets: one target, its revisions, the lists and statistics of a subtree (a {@code Scope} of the caller
 * and the filters), and the public listing of published targets.
 */
@Service
class TargetQueryService implements TargetQueries {

    private final Targets targets;
    private final TargetReadModel readModel;
    private final CallerContext callers;
    private final OrgDirectory directory;

    TargetQueryService(Targets targets, TargetReadModel readModel, CallerContext callers, OrgDirectory directory) {
        this.targets = targets;
        this.readModel = readModel;
        this.callers = callers;
        this.directory = directory;
    }


    @Override
    @Transactional(readOnly = true)
    public TargetView get(UUID id) {
        PerformanceTarget target = targets.require(new TargetId(id));
        callers.current().requireCovers(target.owner().path());
        return TargetViews.of(target, target.version());
    }


    @Override
    @Transactional(readOnly = true)
    public List<TargetRevisionView> revisions(UUID id) {
        PerformanceTarget target = targets.require(new TargetId(id));
        callers.current().requireCovers(target.owner().path());
        return readModel.revisions(id, target.inForceRevision().orElse(null), target.publishedRevision().orElse(null));
    }


    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ) // the page and its indicators, one snapshot
    public Page<PublicTarget> published(@Nullable Integer fiscalYear, @Nullable String regionCode, PageQuery page) {
        Scope scope = Scope.everything();
        if (regionCode != null) {
            RegionCode code = InvalidInputException.forField("regionCode", () -> RegionCode.of(regionCode));
            Optional<OrgUnitRef> region = directory.find(OrgCode.of(code.value()));
            if (region.isEmpty()) {
                return Page.of(List.of(), page, 0); // nothing is published for a region nobody knows
            }
            scope = Scope.subtree(region.get().path());
        }
        Page<PublicTarget> targets = readModel.published(scope, fiscalYear, page);
        Map<OrgCode, String> names = directory.namesOf(targets.content().stream()
                .map(target -> OrgCode.of(target.unitCode())).toList());
        return targets.map(target -> target.withUnitName(names.get(OrgCode.of(target.unitCode()))));
    }


    @Override
    @Transactional(readOnly = true)
    public Page<TargetListItem> list(TargetFilter filter, PageQuery page) {
        Caller caller = callers.current();
        OrgPath region = directory.regionFilter("regionCode", filter.regionCode()).orElse(null);
        OrgPath unit = directory.unitFilter("unitCode", filter.unitCode()).orElse(null);
        Scope scope = caller.scopeWithin(unit != null ? unit : region); // 403 for a filter apart from the caller
        if (unit != null && region != null) {
            caller.scopeWithin(region);
            if (!unit.isWithin(region)) {
                return Page.of(List.of(), page, 0); // a unit of another region: nothing, not an error
            }
        }
        return readModel.list(scope, filter, page);
    }


    @Override
    @Transactional(readOnly = true)
    public TargetStatistics statistics(int fiscalYear, @Nullable String regionCode, @Nullable FundSource fundSource,
            @Nullable TargetKind kind) {
        InvalidInputException.forField("fiscalYear", () -> FiscalYear.of(fiscalYear));
        return readModel.statistics(
                callers.current().scopeWithin(directory.regionFilter("regionCode", regionCode).orElse(null)), fiscalYear,
                fundSource == null ? null : fundSource.name(), kind == null ? null : kind.name());
    }

}
