package org.jixiao.evaluation.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jixiao.evaluation.domain.EvaluatedTarget;
import org.jixiao.evaluation.domain.EvaluationRules;
import org.jixiao.evaluation.domain.EvaluatorType;
import org.jixiao.evaluation.domain.FrameworkDimension;
import org.jixiao.evaluation.domain.KeyEvaluation;
import org.jixiao.evaluation.domain.KeyEvaluationId;
import org.jixiao.evaluation.domain.KeyEvaluations;
import org.jixiao.evaluation.domain.KeySubject;
import org.jixiao.evaluation.domain.SelfEvaluationId;
import org.jixiao.evaluation.domain.SelfEvaluations;
import org.jixiao.evaluation.domain.SubjectType;
import org.jixiao.evaluation.port.in.CommissionKeyEvaluationCommand;
import org.jixiao.evaluation.port.in.KeyEvaluationUseCase;
import org.jixiao.evaluation.port.in.KeyEvaluationView;
import org.jixiao.evaluation.port.out.KeyEvaluationReadModel;
import org.jixiao.sharedkernel.ExpectedVersion;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.GradeBands;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
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
import org.jixiao.sharedkernel.rules.AppliedRule;
import org.jixiao.sharedkernel.rules.Rule;
import org.jixiao.sharedkernel.rules.RuleStore;
import org.jixiao.targeting.events.TargetKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finance or a department commissions an evaluation of a subject in its subtree; its own staff or the assigned
 * agency's EXPERT account scores it. The commissioning body is the caller's own organisation (a finance bureau's
 * region, a department); an EXPERT account must belong to the commissioning body's region.
 */
@Service
class KeyEvaluationService implements KeyEvaluationUseCase {

    private final KeyEvaluations evaluations;
    private final KeyEvaluationReadModel lists;
    private final SelfEvaluations targets;
    private final OrgDirectory directory;
    private final AccountDirectory accounts;
    private final RuleStore rules;
    private final CallerContext callers;
    private final Clock clock;

    KeyEvaluationService(KeyEvaluations evaluations, KeyEvaluationReadModel lists, SelfEvaluations targets,
            OrgDirectory directory, AccountDirectory accounts, RuleStore rules, CallerContext callers, Clock clock) {
        this.evaluations = evaluations;
        this.lists = lists;
        this.targets = targets;
        this.directory = directory;
        this.accounts = accounts;
        this.rules = rules;
        this.callers = callers;
        this.clock = clock;
    }

    @Override
    @Transactional
    public KeyEvaluationView commission(CommissionKeyEvaluationCommand c) {
        Caller caller = callers.current();
        FiscalYear year = InvalidInputException.forField("fiscalYear", () -> FiscalYear.of(c.fiscalYear()));
        KeySubject subject = subject(c);
        caller.requireCovers(subject.unitPath());
        OrgUnitRef commissioner = commissioner(caller, subject);
        if ((c.evaluatorType() == EvaluatorType.FINANCE && commissioner.kind() != OrgKind.REGION)
                || (c.evaluatorType() == EvaluatorType.DEPARTMENT && commissioner.kind() != OrgKind.DEPARTMENT)) {
            throw InvalidInputException.of("evaluatorType", "keyEvaluation.evaluatorNotCommissioner",
                    c.evaluatorType().name());
        }
        if (c.expert() != null) {
            requireExpertOf(commissioner, c.expert());
        }
        KeyEvaluation evaluation = KeyEvaluation.commission(new KeyEvaluationId(UUID.randomUUID()), year, subject,
                c.evaluatorType(), commissioner.code(), commissioner.path(), blankToNull(c.agency()), c.expert(),
                c.weights(), caller.username(), clock.instant());
        if (c.scores() != null) {
            score(evaluation, c.scores(), c.findings(), c.report(), caller);
        }
        return KeyEvaluationView.of(evaluation, evaluations.save(evaluation));
    }

    /** The subject: a target in force of the kind named, or a department for its overall expenditure. */
    private KeySubject subject(CommissionKeyEvaluationCommand c) {
        String unitCode = c.unitCode();
        UUID targetId = c.targetId();
        if (c.subjectType() == SubjectType.DEPARTMENT_OVERALL) {
            if (unitCode == null || targetId != null) {
                throw InvalidInputException.of(unitCode == null ? "unitCode" : "targetId",
                        "keyEvaluation.departmentByUnitCode");
            }
            OrgUnitRef department = directory.find(InvalidInputException.forField("unitCode",
                            () -> OrgCode.of(unitCode)))
                    .filter(unit -> unit.kind() == OrgKind.DEPARTMENT)
                    .orElseThrow(() -> InvalidInputException.of("unitCode", "keyEvaluation.notADepartment", unitCode));
            return new KeySubject(SubjectType.DEPARTMENT_OVERALL, null, department.code().value(), department.path(),
                    department.region(), null, department.name());
        }
        if (targetId == null || unitCode != null) {
            throw InvalidInputException.of(targetId == null ? "targetId" : "unitCode",
                    "keyEvaluation.projectByTargetId");
        }
        EvaluatedTarget target = targets.target(new SelfEvaluationId(targetId))
                .orElseThrow(() -> InvalidInputException.of("targetId", "keyEvaluation.unknownTarget", targetId));
        TargetKind expected = c.subjectType() == SubjectType.POLICY ? TargetKind.POLICY : TargetKind.PROJECT;
        if (target.kind() != expected) {
            throw InvalidInputException.of("subjectType", "keyEvaluation.subjectKind", target.kind().name());
        }
        return new KeySubject(c.subjectType(), target.targetId(), target.unitCode(), target.unitPath(),
                target.region(), target.projectCode(), target.projectName());
    }

    /** The caller's own organisation; an administrator commissions as the finance bureau of the subject's region. */
    private OrgUnitRef commissioner(Caller caller, KeySubject subject) {
        OrgCode org = caller.org() != null ? caller.org() : OrgCode.of(subject.region().value());
        return directory.find(org).orElseThrow(ForbiddenException::outsideSubtree);
    }

    /** An EXPERT account of the commissioning body's region: an agency engaged by that region. */
    private void requireExpertOf(OrgUnitRef commissioner, String username) {
        AccountRef expert = accounts.find(username).filter(account -> account.role() == Role.EXPERT)
                .orElseThrow(() -> InvalidInputException.of("expert", "keyEvaluation.notAnExpert", username));
        if (expert.org() == null || !expert.org().value().equals(commissioner.region().value())) {
            throw InvalidInputException.of("expert", "keyEvaluation.expertOfAnotherRegion", username);
        }
    }

    @Override
    @Transactional
    public KeyEvaluationView score(UUID id, Map<FrameworkDimension, BigDecimal> scores, @Nullable String findings,
            @Nullable String report, @Nullable Long expectedVersion) {
        Caller caller = callers.current();
        KeyEvaluation evaluation = find(id);
        requireVisible(caller, evaluation);
        if (!caller.isAdmin() && !evaluation.mayBeScoredBy(caller.username(), caller.org())) {
            throw ForbiddenException.outsideSubtree(); // only the evaluator: the agency's expert or the commissioner
        }
        String state = evaluation.status().name();
        score(evaluation, scores, findings, report, caller);
        ExpectedVersion.check(expectedVersion, evaluation.version(), state);
        return KeyEvaluationView.of(evaluation, evaluations.save(evaluation));
    }

    private void score(KeyEvaluation evaluation, Map<FrameworkDimension, BigDecimal> scores, @Nullable String findings,
            @Nullable String report, Caller caller) {
        Rule<GradeBands> bands = rules.resolve(EvaluationRules.GRADE_BANDS, evaluation.subject().region(),
                evaluation.snapshot().fiscalYear());
        evaluation.score(scores, findings, report, bands.value(), List.of(AppliedRule.of(bands)),
                caller.username(), clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public KeyEvaluationView get(UUID id) {
        KeyEvaluation evaluation = find(id);
        requireVisible(callers.current(), evaluation);
        return KeyEvaluationView.of(evaluation, evaluation.version());
    }

    @Override
    @Transactional(readOnly = true)
    public Page<KeyEvaluationView> list(@Nullable Integer fiscalYear, PageQuery page) {
        Caller caller = callers.current();
        return lists.list(Scope.of(caller), caller.role() == Role.EXPERT ? caller.username() : null, fiscalYear, page)
                .map(e -> KeyEvaluationView.of(e, e.version()));
    }

    /** An EXPERT sees only its assignments; the others what they commissioned or what lies in their subtree. */
    private static void requireVisible(Caller caller, KeyEvaluation evaluation) {
        boolean visible = caller.role() == Role.EXPERT ? caller.username().equals(evaluation.expert())
                : caller.covers(evaluation.subject().unitPath()) || caller.covers(evaluation.commissionerPath());
        if (!visible) {
            throw ForbiddenException.outsideSubtree();
        }
    }

    private KeyEvaluation find(UUID id) {
        return evaluations.find(new KeyEvaluationId(id)).orElseThrow(() -> new NotFoundException("keyEvaluation", id));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
