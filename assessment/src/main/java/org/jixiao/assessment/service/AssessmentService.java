package org.jixiao.assessment.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jixiao.assessment.domain.AssessmentId;
import org.jixiao.assessment.domain.AssessmentRules;
import org.jixiao.assessment.domain.Assessments;
import org.jixiao.assessment.domain.Assignment;
import org.jixiao.assessment.domain.Dimension;
import org.jixiao.assessment.domain.DimensionWeights;
import org.jixiao.assessment.domain.ExAnteAssessment;
import org.jixiao.assessment.domain.Materials;
import org.jixiao.assessment.domain.ScoreSheet;
import org.jixiao.assessment.events.AssessmentConcluded;
import org.jixiao.assessment.events.Conclusion;
import org.jixiao.assessment.port.in.AssessmentListItem;
import org.jixiao.assessment.port.in.AssessmentQueries;
import org.jixiao.assessment.port.in.AssessmentReport;
import org.jixiao.assessment.port.in.AssessmentStatistics;
import org.jixiao.assessment.port.in.AssessmentView;
import org.jixiao.assessment.port.in.AssignExpertUseCase;
import org.jixiao.assessment.port.in.ConcludeAssessmentUseCase;
import org.jixiao.assessment.port.in.CreateAssessmentCommand;
import org.jixiao.assessment.port.in.CreateAssessmentUseCase;
import org.jixiao.assessment.port.in.ScoreAssessmentUseCase;
import org.jixiao.assessment.port.out.AssessmentReadModel;
import org.jixiao.sharedkernel.ExpectedVersion;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.access.AccountDirectory;
import org.jixiao.sharedkernel.access.AccountDirectory.AccountRef;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.CallerContext;
import org.jixiao.sharedkernel.access.ForbiddenException;
import org.jixiao.sharedkernel.access.OrgDirectory;
import org.jixiao.sharedkernel.access.OrgKind;
import org.jixiao.sharedkernel.access.OrgUnitRef;
import org.jixiao.sharedkernel.access.Role;
import org.jixiao.sharedkernel.access.Scope;
import org.jixiao.sharedkernel.rules.RuleStore;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessment use cases. Every act checks, in CONTRACT.md's order, that the assessment exists (404), that the
 * caller may see it (403: finance and the others by subtree, an EXPERT only where assigned), that the input is
 * valid (400) and that its state allows the act (409).
 */
@Service
class AssessmentService implements CreateAssessmentUseCase, AssignExpertUseCase, ScoreAssessmentUseCase,
        ConcludeAssessmentUseCase, AssessmentQueries {

    private final Assessments assessments;
    private final AssessmentReadModel readModel;
    private final CallerContext callers;
    private final OrgDirectory directory;
    private final AccountDirectory accounts;
    private final RuleStore rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentService(Assessments assessments, AssessmentReadModel readModel, CallerContext callers,
            OrgDirectory directory, AccountDirectory accounts, RuleStore rules, ApplicationEventPublisher events,
            Clock clock) {
        this.assessments = assessments;
        this.readModel = readModel;
        this.callers = callers;
        this.directory = directory;
        this.accounts = accounts;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public AssessmentView create(CreateAssessmentCommand command) {
        Caller caller = callers.current();
        OrgUnitRef unit = directory.find(InvalidInputException.forField("unitCode", () -> OrgCode.of(command.unitCode())))
                .orElseThrow(() -> InvalidInputException.of("unitCode", "assessment.unknownUnit", command.unitCode()));
        caller.requireCovers(unit.path());
        if (unit.kind() != OrgKind.UNIT) {
            throw InvalidInputException.of("unitCode", "assessment.notAUnit", command.unitCode());
        }
        FiscalYear year = InvalidInputException.forField("fiscalYear", () -> FiscalYear.of(command.fiscalYear()));
        Money amount = InvalidInputException.forField("requestedAmount", () -> Money.of(command.requestedAmount()));
        Optional<Money> threshold = rules.resolve(AssessmentRules.THRESHOLD, unit.region(), year).value();
        ExAnteAssessment assessment = ExAnteAssessment.open(year, command.kind(), unit.code(), unit.path(), unit.region(),
                command.projectCode().strip(), command.projectName().strip(), amount,
                new Materials(command.necessity(), command.plan(), command.funding()),
                AssessmentRules.reachesThreshold(threshold, amount), clock.instant());
        long version = assessments.save(assessment);
        return AssessmentViews.of(assessment, version);
    }

    @Override
    @Transactional
    public AssessmentView assign(UUID id, String username, String commissionedBy, @Nullable Long expectedVersion) {
        Caller caller = callers.current();
        ExAnteAssessment assessment = load(id);
        caller.requireCovers(assessment.unitPath());
        AccountRef expert = accounts.find(username).filter(account -> account.role() == Role.EXPERT)
                .orElseThrow(() -> InvalidInputException.of("username", "assessment.notAnExpert", username));
        OrgUnitRef commissioner = directory.find(
                        InvalidInputException.forField("commissionedBy", () -> OrgCode.of(commissionedBy)))
                .orElseThrow(() -> InvalidInputException.of("commissionedBy", "assessment.unknownOrg", commissionedBy));
        // finance hands its data only to an agency of its own tree, engaged by a body of its own tree
        caller.requireCovers(commissioner.path());
        caller.requireCovers(Optional.ofNullable(expert.org()).flatMap(directory::find)
                .orElseThrow(ForbiddenException::outsideSubtree).path());
        requireVersion(assessment, expectedVersion);
        assessment.assign(new Assignment(username, commissioner.code()));
        return AssessmentViews.of(assessment, assessments.save(assessment));
    }

    @Override
    @Transactional
    public AssessmentView score(UUID id, String assessor, Map<Dimension, BigDecimal> scores,
            Map<Dimension, String> findings, @Nullable Long expectedVersion) {
        Caller caller = callers.current();
        ExAnteAssessment assessment = load(id);
        requireVisible(caller, assessment);
        assessment.requireMayFile(assessor, caller.username(), caller.hasRole(Role.FINANCE));
        DimensionWeights weights = rules.resolve(AssessmentRules.WEIGHTS, assessment.region(),
                assessment.fiscalYear()).value();
        ScoreSheet sheet = ScoreSheet.of(assessor, caller.username(), scores, findings, weights);
        requireVersion(assessment, expectedVersion);
        assessment.score(sheet, caller.hasRole(Role.FINANCE));
        return AssessmentViews.of(assessment, assessments.save(assessment));
    }

    @Override
    @Transactional
    public AssessmentView conclude(UUID id, @Nullable String suggestions, @Nullable Long expectedVersion) {
        Caller caller = callers.current();
        ExAnteAssessment assessment = load(id);
        caller.requireCovers(assessment.unitPath());
        requireVersion(assessment, expectedVersion);
        AssessmentConcluded concluded = assessment.conclude(rules.snapshot(assessment.region(), assessment.fiscalYear()),
                suggestions, clock.instant(), caller.username());
        long version = assessments.save(assessment);
        events.publishEvent(concluded);
        return AssessmentViews.of(assessment, version);
    }

    @Override
    @Transactional(readOnly = true)
    public AssessmentView get(UUID id) {
        ExAnteAssessment assessment = load(id);
        requireVisible(callers.current(), assessment);
        return AssessmentViews.of(assessment, assessment.version());
    }

    @Override
    @Transactional(readOnly = true)
    public AssessmentReport report(UUID id) {
        ExAnteAssessment assessment = load(id);
        requireVisible(callers.current(), assessment);
        if (assessment.outcome().isEmpty()) {
            throw new StateConflictException("assessment.notConcluded", assessment.status().name());
        }
        String unitName = directory.find(assessment.unitCode()).map(OrgUnitRef::name).orElse(assessment.unitCode().value());
        return AssessmentViews.report(assessment, unitName, assessment.outcome().orElseThrow().weights()
                // concluded before results recorded their rules (schema V4): the weights in force now
                .orElseGet(() -> rules.resolve(AssessmentRules.WEIGHTS, assessment.region(), assessment.fiscalYear())
                        .value()));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AssessmentListItem> list(@Nullable Integer fiscalYear, @Nullable String regionCode,
            @Nullable Conclusion conclusion, PageQuery page) {
        Caller caller = callers.current();
        return readModel.list(scope(caller, regionCode), expertOnly(caller), fiscalYear, conclusion, page);
    }

    @Override
    @Transactional(readOnly = true)
    public AssessmentStatistics statistics(int fiscalYear, @Nullable String regionCode) {
        Caller caller = callers.current();
        InvalidInputException.forField("fiscalYear", () -> FiscalYear.of(fiscalYear));
        return readModel.statistics(scope(caller, regionCode), expertOnly(caller), regionCode, fiscalYear);
    }

    private ExAnteAssessment load(UUID id) {
        return assessments.find(new AssessmentId(id)).orElseThrow(() -> new NotFoundException("assessment", id));
    }

    /** An EXPERT sees only what it is assigned; everyone else what lies in their subtree. */
    private static void requireVisible(Caller caller, ExAnteAssessment assessment) {
        if (caller.role() == Role.EXPERT) {
            if (!assessment.isAssignedTo(caller.username())) {
                throw ForbiddenException.outsideSubtree();
            }
            return;
        }
        caller.requireCovers(assessment.unitPath());
    }

    private static void requireVersion(ExAnteAssessment assessment, @Nullable Long expected) {
        ExpectedVersion.check(expected, assessment.version(), assessment.status().name());
    }

    /** The caller's subtree narrowed by the region filter: 400 when malformed, 403 when apart or unknown. */
    private Scope scope(Caller caller, @Nullable String regionCode) {
        return caller.scopeWithin(directory.regionFilter("regionCode", regionCode).orElse(null));
    }

    private static @Nullable String expertOnly(Caller caller) {
        return caller.role() == Role.EXPERT ? caller.username() : null;
    }

}
