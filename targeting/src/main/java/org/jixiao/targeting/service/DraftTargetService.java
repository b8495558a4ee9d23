package org.jixiao.targeting.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.InvalidInputException.FieldViolation;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.CallerContext;
import org.jixiao.sharedkernel.access.ForbiddenException;
import org.jixiao.sharedkernel.access.OrgDirectory;
import org.jixiao.sharedkernel.access.OrgKind;
import org.jixiao.sharedkernel.access.OrgUnitRef;
import org.jixiao.sharedkernel.access.Role;
import org.jixiao.targeting.domain.Indicator;
import org.jixiao.targeting.domain.LibraryIndicator;
import org.jixiao.targeting.domain.Owner;
import org.jixiao.targeting.domain.PerformanceTarget;
import org.jixiao.targeting.domain.TargetContent;
import org.jixiao.targeting.domain.TargetId;
import org.jixiao.targeting.domain.Targets;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jixiao.targeting.events.TargetKind;
import org.jixiao.targeting.port.in.CreateTargetCommand;
import org.jixiao.targeting.port.in.DraftTargetUseCase;
import org.jixiao.targeting.port.in.TargetContentCommand;
import org.jixiao.targeting.port.in.TargetContentCommand.IndicatorCommand;
import org.jixiao.targeting.port.in.TargetView;
import org.jixiao.targeting.port.out.IndicatorLibrary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's acts on its target (草拟, 修改, 提交, 调整): create a draft, edit it while DRAFT or RETURNED, submit it
 * for review, open an adjustment of the revision in force. Each: load → one domain call → save. Only the owning
 * unit (or the department, for its own overall target) writes; the content's library entries are filled in here.
 */
@Service
class DraftTargetService implements DraftTargetUseCase {

    private final Targets targets;
    private final IndicatorLibrary library;
    private final CallerContext callers;
    private final OrgDirectory directory;
    private final Clock clock;

    DraftTargetService(Targets targets, IndicatorLibrary library, CallerContext callers, OrgDirectory directory, Clock clock) {
        this.targets = targets;
        this.library = library;
        this.callers = callers;
        this.directory = directory;
        this.clock = clock;
    }


    @Override
    @Transactional
    public TargetView create(CreateTargetCommand command) {
        Caller caller = callers.current();
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
    public TargetView edit(UUID id, TargetContentCommand content, @Nullable Long expectedVersion) {
        PerformanceTarget target = loadAsOwner(id);
        TargetContent edited = content(content, target.content().requiresAssessment());
        target.requireVersion(expectedVersion);
        target.edit(edited);
        return TargetViews.of(target, targets.save(target));
    }


    @Override
    @Transactional
    public TargetView submit(UUID id, @Nullable Long expectedVersion) {
        PerformanceTarget target = loadAsOwner(id);
        target.requireVersion(expectedVersion);
        target.submit();
        return TargetViews.of(target, targets.save(target));
    }


    @Override
    @Transactional
    public TargetView adjust(UUID id, @Nullable String reason, @Nullable Long expectedVersion) {
        PerformanceTarget target = loadAsOwner(id);
        target.requireVersion(expectedVersion);
        target.adjust(reason, target.adjustmentRefused()
                ? targets.contentOf(target.getId(), target.inForceRevision().orElseThrow()) : target.content());
        return TargetViews.of(target, targets.save(target));
    }


    /** The owning unit (or department, for its own overall target) writes; ADMIN may too. */
    private PerformanceTarget loadAsOwner(UUID id) {
        Caller caller = callers.current();
        PerformanceTarget target = targets.require(new TargetId(id));
        caller.requireCovers(target.owner().path());
        if (!caller.isAdmin() && !target.owner().code().equals(caller.org())) {
            throw ForbiddenException.role();
        }
        return target;
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
            requirePresent(violations, at + "level1", level1);
            requirePresent(violations, at + "level2", level2);
            requirePresent(violations, at + "name", name);
            requirePresent(violations, at + "operator", operator);
            if (level1 != null && level2 != null && name != null && operator != null) {
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


    private static void requirePresent(List<FieldViolation> violations, String field, @Nullable Object value) {
        if (value == null) {
            violations.add(FieldViolation.of(field, "NotNull"));
        }
    }
}
