package org.jixiao.targeting.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jixiao.sharedkernel.ExpectedVersion;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.InvalidInputException.FieldViolation;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.CallerContext;
import org.jixiao.sharedkernel.access.ForbiddenException;
import org.jixiao.sharedkernel.access.OrgDirectory;
import org.jixiao.sharedkernel.access.OrgKind;
import org.jixiao.sharedkernel.access.OrgUnitRef;
import org.jixiao.sharedkernel.access.Role;
import org.jixiao.sharedkernel.access.Scope;
import org.jixiao.targeting.domain.ExAnteClearance;
import org.jixiao.targeting.domain.ExAnteFacts;
import org.jixiao.targeting.domain.ExAnteGate;
import org.jixiao.targeting.domain.Indicator;
import org.jixiao.targeting.domain.LibraryIndicator;
import org.jixiao.targeting.domain.Owner;
import org.jixiao.targeting.domain.PerformanceTarget;
import org.jixiao.targeting.domain.Reviewer;
import org.jixiao.targeting.domain.TargetContent;
import org.jixiao.targeting.domain.TargetId;
import org.jixiao.targeting.domain.Targets;
import org.jixiao.targeting.events.FundSource;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jixiao.targeting.events.TargetApproved;
import org.jixiao.targeting.events.TargetKind;
import org.jixiao.targeting.events.TargetPublished;
import org.jixiao.targeting.port.in.CreateTargetCommand;
import org.jixiao.targeting.port.in.DraftTargetUseCase;
import org.jixiao.targeting.port.in.PublicTarget;
import org.jixiao.targeting.port.in.PublishTargetUseCase;
import org.jixiao.targeting.port.in.ReviewCommand;
import org.jixiao.targeting.port.in.ReviewTargetUseCase;
import org.jixiao.targeting.port.in.TargetContentCommand.IndicatorCommand;
import org.jixiao.targeting.port.in.TargetContentCommand;
import org.jixiao.targeting.port.in.TargetListItem;
import org.jixiao.targeting.port.in.TargetQueries;
import org.jixiao.targeting.port.in.TargetRevisionView;
import org.jixiao.targeting.port.in.TargetStatistics;
import org.jixiao.targeting.port.in.TargetView;
import org.jixiao.targeting.port.out.IndicatorLibrary;
import org.jixiao.targeting.port.out.TargetReadModel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The target use cases, each checking in CONTRACT.md's order: the target exists (404), the caller may act on it
 * (403: the owner writes, its department and finance review, everyone in the subtree reads), the input is valid
 * (400), the state allows the act (409).
 */
@Service
class TargetService implements DraftTargetUseCase, ReviewTargetUseCase, PublishTargetUseCase, TargetQueries {

    private final Targets targets;
    private final TargetReadModel readModel;
    private final ExAnteFacts exAnte;
    private final IndicatorLibrary library;
    private final CallerContext callers;
    private final OrgDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TargetService(Targets targets, TargetReadModel readModel, ExAnteFacts exAnte, IndicatorLibrary library,
            CallerContext callers, OrgDirectory directory, ApplicationEventPublisher events, Clock clock) {
        this.targets = targets;
        this.readModel = readModel;
        this.exAnte = exAnte;
        this.library = library;
        this.callers = callers;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public TargetView create(CreateTargetCommand command) {
        Caller caller = callers.current().requireRole(Role.UNIT, Role.DEPARTMENT);
        if (caller.role() == Role.DEPARTMENT && command.kind() != TargetKind.DEPARTMENT_OVERALL) {
            throw ForbiddenException.role();
        }
        OrgUnitRef org = directory.find(InvalidInputException.forField("unitCode", () -> OrgCode.of(command.unitCode())))
                .orElseThrow(() -> InvalidInputException.of("unitCode", "target.unknownUnit", command.unitCode()));
        caller.requireCovers(org.path());
        if (!caller.isAdmin() && !org.code().equals(caller.org())) {
            throw ForbiddenException.role();
        }
        if (org.kind() == OrgKind.REGION || (org.kind() == OrgKind.DEPARTMENT && command.kind() != TargetKind.DEPARTMENT_OVERALL)) {
            throw InvalidInputException.of("unitCode", "target.notAnOwner", command.unitCode(), command.kind().name());
        }
        Owner owner = new Owner(org.code(), org.path(), org.region(), org.department(), org.department() != null);
        PerformanceTarget target = PerformanceTarget.draft(InvalidInputException.forField("fiscalYear", () -> FiscalYear.of(command.fiscalYear())),
                command.kind(), owner, command.projectCode(), content(command.content(), false), clock.instant());
        return TargetViews.of(target, targets.save(target));
    }

    @Override
    @Transactional
    public TargetView edit(UUID id, TargetContentCommand content, Long expectedVersion) {
        PerformanceTarget target = loadAsOwner(id);
        TargetContent edited = content(content, target.content().requiresAssessment());
        requireVersion(target, expectedVersion);
        target.edit(edited);
        return TargetViews.of(target, targets.save(target));
    }

    @Override
    @Transactional
    public TargetView submit(UUID id, Long expectedVersion) {
        PerformanceTarget target = loadAsOwner(id);
        requireVersion(target, expectedVersion);
        target.submit();
        return TargetViews.of(target, targets.save(target));
    }

    @Override
    @Transactional
    public TargetView adjust(UUID id, String reason, Long expectedVersion) {
        PerformanceTarget target = loadAsOwner(id);
        requireVersion(target, expectedVersion);
        target.adjust(reason, target.adjustmentRefused()
                ? targets.contentOf(target.getId(), target.inForceRevision().orElseThrow()) : target.content());
        return TargetViews.of(target, targets.save(target));
    }

    @Override
    @Transactional
    public TargetView publish(UUID id, Long expectedVersion) {
        Caller caller = callers.current().requireRole(Role.FINANCE);
        PerformanceTarget target = load(id);
        caller.requireCovers(target.owner().path());
        requireVersion(target, expectedVersion);
        TargetPublished published = target.publish(clock.instant());
        long version = targets.save(target);
        events.publishEvent(published);
        return TargetViews.of(target, version);
    }

    @Override
    @Transactional
    public TargetView review(UUID id, ReviewCommand review, Long expectedVersion) {
        Caller caller = callers.current().requireRole(Role.DEPARTMENT, Role.FINANCE);
        PerformanceTarget target = load(id);
        caller.requireCovers(target.owner().path());
        if (caller.role() == Role.DEPARTMENT && target.owner().code().equals(caller.org())) {
            throw ForbiddenException.role(); // a department does not review its own overall target
        }
        requireVersion(target, expectedVersion);
        Reviewer stage = switch (caller.role()) {
            case DEPARTMENT -> Reviewer.DEPARTMENT;
            case FINANCE -> Reviewer.FINANCE;
            default -> target.expectedReviewer()
                    .orElseThrow(() -> new StateConflictException("target.notYourReview", target.status().name(), "ADMIN"));
        };
        ExAnteClearance clearance = stage == Reviewer.FINANCE ? ExAnteGate.clearanceOf(target, exAnte) : ExAnteClearance.NOT_REQUIRED;
        Optional<TargetApproved> approved = target.review(stage, caller.username(), review.decision(), review.grade(),
                review.criteria() == null ? Map.of() : review.criteria(), review.comments(), clearance, clock.instant());
        long version = targets.save(target);
        approved.ifPresent(events::publishEvent);
        return TargetViews.of(target, version);
    }

    @Override
    @Transactional(readOnly = true)
    public TargetView get(UUID id) {
        PerformanceTarget target = load(id);
        callers.current().requireCovers(target.owner().path());
        return TargetViews.of(target, target.version());
    }

    @Override
    @Transactional(readOnly = true)
    public List<TargetRevisionView> revisions(UUID id) {
        PerformanceTarget target = load(id);
        callers.current().requireCovers(target.owner().path());
        return readModel.revisions(id, target.inForceRevision().orElse(null), target.publishedRevision().orElse(null));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<PublicTarget> published(Integer fiscalYear, String regionCode, PageQuery page) {
        Scope scope = regionCode == null ? Scope.everything()
                : Scope.subtree(directory.require(InvalidInputException.forField("regionCode", () -> OrgCode.of(regionCode)))
                        .path());
        return readModel.published(scope, fiscalYear, page);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<TargetListItem> list(TargetFilter filter, PageQuery page) {
        Caller caller = callers.current();
        OrgPath region = path(filter.regionCode(), "regionCode");
        OrgPath unit = path(filter.unitCode(), "unitCode");
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
    public TargetStatistics statistics(int fiscalYear, String regionCode, FundSource fundSource,
            TargetKind kind) {
        InvalidInputException.forField("fiscalYear", () -> FiscalYear.of(fiscalYear));
        return readModel.statistics(callers.current().scopeWithin(path(regionCode, "regionCode")), fiscalYear,
                fundSource == null ? null : fundSource.name(), kind == null ? null : kind.name());
    }

    private PerformanceTarget load(UUID id) {
        return targets.find(new TargetId(id)).orElseThrow(() -> new NotFoundException("target", id));
    }

    /** The owning unit (or department, for its own overall target) writes; ADMIN may too. */
    private PerformanceTarget loadAsOwner(UUID id) {
        Caller caller = callers.current().requireRole(Role.UNIT, Role.DEPARTMENT);
        PerformanceTarget target = load(id);
        caller.requireCovers(target.owner().path());
        if (!caller.isAdmin() && !target.owner().code().equals(caller.org())) {
            throw ForbiddenException.role();
        }
        return target;
    }

    /** The path of the organisation a filter names; null without one. */
    private OrgPath path(String orgCode, String field) {
        return orgCode == null ? null
                : directory.require(InvalidInputException.forField(field, () -> OrgCode.of(orgCode))).path();
    }

    private static void requireVersion(PerformanceTarget target, Long expected) {
        ExpectedVersion.check(expected, target.version(), target.status().name());
    }

    /**
     * The content of a command, with library entries filled in and the assessment flag as before where the command
     * leaves it out; missing or unknown parts are field errors.
     */
    private TargetContent content(TargetContentCommand c, boolean requiredSoFar) {
        Money amount = InvalidInputException.forField("budgetAmount", () -> Money.of(c.budgetAmount()));
        Set<UUID> libraryIds = c.indicators().stream().map(IndicatorCommand::libraryId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, LibraryIndicator> entries = libraryIds.isEmpty() ? Map.of() : library.find(libraryIds);
        List<FieldViolation> violations = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < c.indicators().size(); i++) {
            IndicatorCommand x = c.indicators().get(i);
            String at = "indicators[" + i + "].";
            LibraryIndicator entry = x.libraryId() == null ? null : entries.get(x.libraryId());
            if (x.libraryId() != null && entry == null) {
                violations.add(FieldViolation.of(at + "libraryId", "target.unknownLibraryEntry", x.libraryId()));
                continue;
            }
            Level1 level1 = x.level1() != null ? x.level1() : entry == null ? null : entry.level1();
            Level2 level2 = x.level2() != null ? x.level2() : entry == null ? null : entry.level2();
            String name = x.name() != null && !x.name().isBlank() ? x.name() : entry == null ? null : entry.name();
            Operator operator = x.operator() != null ? x.operator() : entry == null ? null : entry.operator();
            String unit = x.unit() != null ? x.unit() : entry == null ? null : entry.unit();
            int before = violations.size();
            requirePresent(violations, at + "level1", level1);
            requirePresent(violations, at + "level2", level2);
            requirePresent(violations, at + "name", name);
            requirePresent(violations, at + "operator", operator);
            if (violations.size() == before) {
                indicators.add(new Indicator(x.id(), level1, level2, name, operator, x.targetValue(), unit, x.basis(),
                        x.weight()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new TargetContent(c.projectName().strip(), c.budgetCategory(), c.fundSource(), amount, c.overallGoal(),
                c.annualGoal(), c.requiresAssessment() == null ? requiredSoFar : c.requiresAssessment(), indicators);
    }

    private static void requirePresent(List<FieldViolation> violations, String field, Object value) {
        if (value == null) {
            violations.add(FieldViolation.of(field, "NotNull"));
        }
    }

}
