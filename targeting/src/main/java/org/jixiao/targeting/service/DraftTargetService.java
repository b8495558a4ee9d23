package org.jixiao.targeting.service;

import java.math.BigDecimal;
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
import org.jixiao.sharedkernel.InvalidValueException;
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
        FiscalYear year = InvalidInputException.forField("fiscalYear", () -> FiscalYear.of(command.fiscalYear()));
        TargetContent content = content(command.content(), false,
                new ArrayList<>(PerformanceTarget.projectCodeViolations(command.kind(), command.projectCode())));
        PerformanceTarget target = PerformanceTarget.draft(year, command.kind(), owner, command.projectCode(), content,
                clock.instant());
        return TargetViews.of(target, targets.save(target));
    }


    @Override
    @Transactional
    public TargetView edit(UUID id, TargetContentCommand content, @Nullable Long expectedVersion) {
        PerformanceTarget target = loadAsOwner(id);
        TargetContent edited = content(content, target.content().requiresAssessment(), new ArrayList<>());
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


    @Override
    @Transactional(readOnly = true)
    public List<FieldViolation> ruleViolations(@Nullable TargetKind kind, @Nullable String projectCode,
            @Nullable BigDecimal budgetAmount, List<@Nullable IndicatorCommand> indicators) {
        List<FieldViolation> violations = new ArrayList<>();
        if (kind != null) {
            violations.addAll(PerformanceTarget.projectCodeViolations(kind, projectCode));
        }
        Money amount = amount(budgetAmount, violations);
        violations.addAll(TargetContent.violations(amount, indicators(indicators, violations)));
        return violations;
    }


    /**
     * The content of a command, with library entries filled in and the assessment flag as before where the command
     * leaves it out; every part missing, unknown or breaking a rule is a field error, all in one answer.
     */
    private TargetContent content(TargetContentCommand c, boolean requiredSoFar, List<FieldViolation> violations) {
        Money amount = amount(c.budgetAmount(), violations);
        List<@Nullable Indicator> indicators = indicators(c.indicators(), violations);
        violations.addAll(TargetContent.violations(amount, indicators));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new TargetContent(c.projectName().strip(), c.budgetCategory(), c.fundSource(),
                Objects.requireNonNull(amount), c.overallGoal(), c.annualGoal(),
                c.requiresAssessment() == null ? requiredSoFar : c.requiresAssessment(),
                indicators.stream().map(Objects::requireNonNull).toList());
    }

    private static @Nullable Money amount(@Nullable BigDecimal yuan, List<FieldViolation> violations) {
        if (yuan == null) {
            return null;
        }
        try {
            return Money.of(yuan);
        } catch (InvalidValueException e) {
            violations.add(new FieldViolation("budgetAmount", e.code(), e.arguments()));
            return null;
        }
    }

    /**
     * The indicators of a command, by their index, with library entries filled in; an indicator absent from the
     * command, naming an unknown entry or missing a part is null, and its fault is added to the violations.
     */
    private List<@Nullable Indicator> indicators(List<@Nullable IndicatorCommand> commands,
            List<FieldViolation> violations) {
        Set<UUID> libraryIds = commands.stream().filter(Objects::nonNull).map(IndicatorCommand::libraryId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, LibraryIndicator> entries = libraryIds.isEmpty() ? Map.of() : library.find(libraryIds);
        List<@Nullable Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            IndicatorCommand x = commands.get(i);
            indicators.add(x == null ? null : indicator(x, "indicators[" + i + "].", entries, violations));
        }
        return indicators;
    }

    private static @Nullable Indicator indicator(IndicatorCommand x, String at, Map<UUID, LibraryIndicator> entries,
            List<FieldViolation> violations) {
        LibraryIndicator entry = x.libraryId() == null ? null : entries.get(x.libraryId());
        if (x.libraryId() != null && entry == null) {
            violations.add(FieldViolation.of(at + "libraryId", "target.unknownLibraryEntry", x.libraryId()));
            return null;
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
        if (level1 == null || level2 == null || name == null || operator == null) {
            return null;
        }
        return new Indicator(x.id(), level1, level2, name, operator, x.targetValue(), unit, x.basis(), x.weight());
    }


    private static void requirePresent(List<FieldViolation> violations, String field, @Nullable Object value) {
        if (value == null) {
            violations.add(FieldViolation.of(field, "NotNull"));
        }
    }
}
