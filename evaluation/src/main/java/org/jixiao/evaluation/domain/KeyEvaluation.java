package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.GradeBands;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.rules.AppliedRule;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

/**
 * A department evaluation (部门评价) or a finance key evaluation (财政重点评价) of a project, a policy or a
 * department's overall expenditure, over the framework DECISION / PROCESS / OUTPUT / BENEFIT ({@link FrameworkScores}):
 * commissioned by finance or a department with its weights, done by its own staff or by a third-party agency
 * (第三方机构) through an EXPERT account of the commissioning region, which may not evaluate the body that
 * commissioned it. Its score is the sum of the dimensions' scores, its grade by the bands in force.
 */
public final class KeyEvaluation implements AggregateRoot<KeyEvaluation, KeyEvaluationId> {

    private final Snapshot s;
    private @Nullable Scored scored;

    /** The evaluation's result: scores, findings, the report, the score and its grade. */
    public record Scored(Map<FrameworkDimension, BigDecimal> scores, @Nullable String findings,
                         @Nullable String report, BigDecimal score, Grade grade, List<AppliedRule> appliedRules,
                         String scoredBy, Instant scoredAt) {

        public Scored {
            scores = Map.copyOf(scores);
            appliedRules = List.copyOf(appliedRules);
        }
    }

    /**
     * Everything a key evaluation is, as stored.
     *
     * @param commissionedBy the finance bureau's region or the department that commissioned it
     * @param agency         the third-party agency's name, for THIRD_PARTY
     * @param expert         the EXPERT account that evaluates for the agency, null when none is assigned
     */
    public record Snapshot(KeyEvaluationId id, FiscalYear fiscalYear, KeySubject subject, EvaluatorType evaluatorType,
                           OrgCode commissionedBy, OrgPath commissionerPath, @Nullable String agency,
                           @Nullable String expert, Map<FrameworkDimension, BigDecimal> weights,
                           @Nullable Scored scored, String createdBy, Instant createdAt, long version) {

        public Snapshot {
            weights = Map.copyOf(weights);
        }
    }

    private KeyEvaluation(Snapshot snapshot) {
        this.s = snapshot;
        this.scored = snapshot.scored();
    }

    public static KeyEvaluation rebuild(Snapshot snapshot) {
        return new KeyEvaluation(snapshot);
    }

    /**
     * Commissions an evaluation with its framework weights (400 naming {@code weights} unless they sum to 100 with
     * OUTPUT + BENEFIT at least 60). A third-party agency's evaluation names the agency and may not evaluate the
     * body that commissioned it (409).
     */
    public static KeyEvaluation commission(KeyEvaluationId id, FiscalYear year, KeySubject subject,
            EvaluatorType evaluatorType, OrgCode commissionedBy, OrgPath commissionerPath, @Nullable String agency,
            @Nullable String expert, Map<FrameworkDimension, BigDecimal> weights, String by, Instant now) {
        Map<FrameworkDimension, BigDecimal> nothing = new EnumMap<>(FrameworkDimension.class);
        for (FrameworkDimension d : FrameworkDimension.values()) {
            nothing.put(d, BigDecimal.ZERO);
        }
        FrameworkScores framework = InvalidInputException.forField("weights", () -> new FrameworkScores(weights,
                nothing));
        if (evaluatorType == EvaluatorType.THIRD_PARTY) {
            if (agency == null || agency.isBlank()) {
                throw InvalidInputException.of("agency", "keyEvaluation.agencyRequired");
            }
            if (subject.unitCode().equals(commissionedBy.value())) {
                throw new StateConflictException("keyEvaluation.conflictOfInterest", KeyEvaluationStatus.ASSIGNED.name());
            }
        } else if (agency != null || expert != null) {
            throw InvalidInputException.of(agency != null ? "agency" : "expert", "keyEvaluation.agencyOnlyThirdParty");
        }
        return new KeyEvaluation(new Snapshot(id, year, subject, evaluatorType, commissionedBy, commissionerPath,
                agency, expert, framework.weights(), null, by, now, 0));
    }

    /**
     * The evaluator files (or replaces) the scores, the findings and the report: each score at most its weight
     * (400 naming {@code scores}), graded by the bands in force.
     */
    public void score(Map<FrameworkDimension, BigDecimal> scores, @Nullable String findings, @Nullable String report,
            GradeBands bands, List<AppliedRule> applied, String by, Instant now) {
        FrameworkScores framework = InvalidInputException.forField("scores",
                () -> new FrameworkScores(s.weights(), scores));
        this.scored = new Scored(framework.scores(), findings, report, framework.score(), framework.grade(bands),
                applied, by, now);
    }

    /** Who may file the scores: the assigned expert, or the commissioning body's own staff. */
    public boolean mayBeScoredBy(String username, @Nullable OrgCode org) {
        return username.equals(s.expert()) || s.commissionedBy().equals(org);
    }

    public KeyEvaluationStatus status() {
        return scored == null ? KeyEvaluationStatus.ASSIGNED : KeyEvaluationStatus.SCORED;
    }

    public Snapshot snapshot() {
        return new Snapshot(s.id(), s.fiscalYear(), s.subject(), s.evaluatorType(), s.commissionedBy(),
                s.commissionerPath(), s.agency(), s.expert(), s.weights(), scored, s.createdBy(), s.createdAt(),
                s.version());
    }

    public KeySubject subject() {
        return s.subject();
    }

    public @Nullable String expert() {
        return s.expert();
    }

    public OrgPath commissionerPath() {
        return s.commissionerPath();
    }

    public long version() {
        return s.version();
    }

    @Override
    public KeyEvaluationId getId() {
        return s.id();
    }
}
