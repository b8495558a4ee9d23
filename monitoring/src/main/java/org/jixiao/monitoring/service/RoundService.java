package org.jixiao.monitoring.service;

import java.time.Clock;
import java.util.UUID;

import org.jixiao.monitoring.domain.MonitoringRound;
import org.jixiao.monitoring.domain.RoundId;
import org.jixiao.monitoring.domain.RoundScope;
import org.jixiao.monitoring.domain.Rounds;
import org.jixiao.monitoring.port.in.OpenRoundCommand;
import org.jixiao.monitoring.port.in.RoundUseCase;
import org.jixiao.monitoring.port.in.RoundView;
import org.jixiao.monitoring.port.out.RoundReadModel;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.TimeProgress;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.CallerContext;
import org.jixiao.sharedkernel.access.ForbiddenException;
import org.jixiao.sharedkernel.access.OrgDirectory;
import org.jixiao.sharedkernel.access.OrgKind;
import org.jixiao.sharedkernel.access.OrgUnitRef;
import org.jixiao.sharedkernel.OrgCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening rounds (the snapshot is the adapter's set statements) and reading them. */
@Service
class RoundService implements RoundUseCase {

    private final Rounds rounds;
    private final RoundReadModel readModel;
    private final OrgDirectory directory;
    private final CallerContext callers;
    private final Clock clock;

    RoundService(Rounds rounds, RoundReadModel readModel, OrgDirectory directory, CallerContext callers, Clock clock) {
        this.rounds = rounds;
        this.readModel = readModel;
        this.directory = directory;
        this.callers = callers;
        this.clock = clock;
    }

    @Override
    @Transactional
    public RoundView open(OpenRoundCommand command) {
        Caller caller = callers.current();
        OrgPath regionPath = directory.regionFilter("regionCode", command.regionCode()).orElseThrow();
        caller.requireCovers(regionPath);
        OrgUnitRef region = directory.require(OrgCode.of(command.regionCode()));
        if (region.kind() != OrgKind.REGION) {
            throw InvalidInputException.of("regionCode", "round.notARegion", command.regionCode());
        }
        FiscalYear year = InvalidInputException.forField("fiscalYear", () -> FiscalYear.of(command.fiscalYear()));
        TimeProgress cutoff = InvalidInputException.forField("cutoffMonth",
                () -> TimeProgress.atEndOf(command.cutoffMonth()));
        MonitoringRound round = rounds.open(MonitoringRound.open(year, region.region(), regionPath, cutoff,
                command.scope(), command.dueDate(), caller.username(), clock.instant()));
        return RoundView.of(round);
    }

    @Override
    @Transactional(readOnly = true)
    public RoundView get(UUID id) {
        MonitoringRound round = rounds.find(new RoundId(id)).orElseThrow(() -> new NotFoundException("round", id));
        if (!visibleTo(callers.current(), round.regionPath())) {
            throw ForbiddenException.outsideSubtree();
        }
        return RoundView.of(round);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<RoundView> list(@Nullable Integer fiscalYear, @Nullable String regionCode, @Nullable RoundScope scope,
            PageQuery page) {
        Caller caller = callers.current();
        OrgPath region = directory.regionFilter("regionCode", regionCode).orElse(null);
        if (region != null && !visibleTo(caller, region)) {
            throw ForbiddenException.outsideSubtree();
        }
        return readModel.list(caller.scope(), fiscalYear, region, scope, page);
    }

    /**
     * A round of a region is seen by the region's subtree (the units that report in it, their departments, finance)
     * and by the regions above it; a region apart sees nothing of it.
     */
    static boolean visibleTo(Caller caller, OrgPath regionPath) {
        return caller.scope() == null || caller.covers(regionPath) || caller.scope().isWithin(regionPath);
    }
}
