package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jixiao.evaluation.events.EvaluationCompleted;
import org.jixiao.evaluation.events.ScoredBy;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.InvalidInputException.FieldViolation;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.Score;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.events.EventHeader;
import org.jixiao.sharedkernel.rules.AppliedRule;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

/**
 * A self-evaluation (单位自评): one target in force evaluated by its unit after the year, scored by the national
 * rules ({@link ScoringRules}), with the inputs, the breakdown and the rules applied kept, so the score can be
 * explained and computed again. A draft the unit changes at will and that never counts; once submitted the
 * department may add its score and finance may finalise, and the effective score is finance's, else the
 * department's, else the unit's own.
 */
public final class SelfEvaluation implements AggregateRoot<SelfEvaluation, SelfEvaluationId> {

    private final SelfEvaluationId id;
    private EvaluatedTarget target;
    private Money budget;
    private Money executed;
    private List<IndicatorInput> inputs;
    private Scorecard scorecard;
    private List<AppliedRule> appliedRules;
    private SelfEvaluationStatus status;
    private String filedBy;
    private Instant scoredAt;
    private @Nullable Instant submittedAt;
    private @Nullable ScoreReview department;
    private @Nullable ScoreReview finance;
    private final long version;

    /**
     * Everything a self-evaluation is, as stored; {@code inputs} in the target's indicator order, {@code scoredAt}
     * when its score was last computed (filed or rescored), {@code version} 0 before it is first saved.
     */
    public record Snapshot(SelfEvaluationId id, EvaluatedTarget target, Money budget, Money executed,
                           List<IndicatorInput> inputs, Scorecard scorecard, List<AppliedRule> appliedRules,
                           SelfEvaluationStatus status, String filedBy, Instant scoredAt, @Nullable Instant submittedAt,
                           @Nullable ScoreReview department, @Nullable ScoreReview finance, long version) {

        public Snapshot {
            inputs = List.copyOf(inputs);
            appliedRules = List.copyOf(appliedRules);
        }
    }

    private SelfEvaluation(Snapshot s) {
        this.id = s.id();
        this.target = s.target();
        this.budget = s.budget();
        this.executed = s.executed();
        this.inputs = s.inputs();
        this.scorecard = s.scorecard();
        this.appliedRules = s.appliedRules();
        this.status = s.status();
        this.filedBy = s.filedBy();
        this.scoredAt = s.scoredAt();
        this.submittedAt = s.submittedAt();
        this.department = s.department();
        this.finance = s.finance();
        this.version = s.version();
    }

    public static SelfEvaluation rebuild(Snapshot snapshot) {
        return new SelfEvaluation(snapshot);
    }

    public Snapshot snapshot() {
        return new Snapshot(id, target, budget, executed, inputs, scorecard, appliedRules, status, filedBy, scoredAt,
                submittedAt, department, finance, version);
    }

    /**
     * The unit's first filing of a target's self-evaluation: a draft.
     *
     * @see #fill
     */
    public static SelfEvaluation start(EvaluatedTarget target, Money budget, Money executed,
            List<IndicatorInput> inputs, ScoringRules rules, List<AppliedRule> applied, String by, Instant now) {
        Scorecard scorecard = score(target, budget, executed, inputs, rules);
        return new SelfEvaluation(new Snapshot(new SelfEvaluationId(target.targetId()), target, budget, executed,
                ordered(target, inputs), scorecard, applied, SelfEvaluationStatus.DRAFT, by, now, null, null, null,
                0));
    }

    /**
     * The unit fills (or changes) its draft against the target's revision in force. Every rule the inputs break is
     * named at once: each indicator of the target exactly once, a non-negative actual value for a quantitative one,
     * a band and a score inside it for a qualitative one, and neither band nor score for a quantitative one. Once
     * submitted the self-evaluation is closed to the unit (409).
     */
    public void fill(EvaluatedTarget target, Money budget, Money executed, List<IndicatorInput> inputs,
            ScoringRules rules, List<AppliedRule> applied, String by, Instant now) {
        Scorecard scored = score(target, budget, executed, inputs, rules);
        requireDraft();
        this.target = target;
        this.budget = budget;
        this.executed = executed;
        this.inputs = ordered(target, inputs);
        this.scorecard = scored;
        this.appliedRules = List.copyOf(applied);
        this.filedBy = by;
        this.scoredAt = now;
    }

    private static Scorecard score(EvaluatedTarget target, Money budget, Money executed, List<IndicatorInput> inputs,
            ScoringRules rules) {
        List<FieldViolation> violations = new ArrayList<>();
        if (budget.yuan().signum() < 0) {
            violations.add(FieldViolation.of("budgetAmount", "evaluation.negativeAmount"));
        }
        if (executed.yuan().signum() < 0) {
            violations.add(FieldViolation.of("executedAmount", "evaluation.negativeAmount"));
        }
        Map<UUID, Integer> positions = new HashMap<>();
        for (int p = 0; p < target.indicators().size(); p++) {
            positions.put(target.indicators().get(p).indicatorId(), p);
        }
        Map<UUID, Integer> given = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            IndicatorInput input = inputs.get(i);
            String field = "indicators[" + i + "]";
            Integer position = positions.get(input.indicatorId());
            if (position == null) {
                violations.add(FieldViolation.of(field + ".indicatorId", "evaluation.unknownIndicator",
                        input.indicatorId()));
            } else if (given.put(input.indicatorId(), i) != null) {
                violations.add(FieldViolation.of(field + ".indicatorId", "evaluation.indicatorTwice",
                        input.indicatorId()));
            } else {
                violations.addAll(broken(target.indicators().get(position), input, field));
            }
        }
        for (EvaluatedTarget.Indicator indicator : target.indicators()) {
            if (!given.containsKey(indicator.indicatorId())) {
                violations.add(FieldViolation.of("indicators", "evaluation.indicatorMissing", indicator.name()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return rules.score(budget, executed, entries(target, ordered(target, inputs)));
    }

    /** The rules one indicator's input breaks. */
    private static List<FieldViolation> broken(EvaluatedTarget.Indicator indicator, IndicatorInput input,
            String field) {
        List<FieldViolation> violations = new ArrayList<>();
        if (indicator.operator().isQuantitative()) {
            BigDecimal actual = input.actualNumber();
            if (input.actualValue() == null || input.actualValue().isBlank()) {
                violations.add(FieldViolation.of(field + ".actualValue", "evaluation.actualRequired",
                        indicator.name()));
            } else if (actual == null) {
                violations.add(FieldViolation.of(field + ".actualValue", "evaluation.notADecimal", indicator.name()));
            } else if (actual.signum() < 0) {
                violations.add(FieldViolation.of(field + ".actualValue", "evaluation.negativeActual",
                        indicator.name(), actual.toPlainString()));
            }
            if (input.achievement() != null || input.percent() != null) {
                violations.add(FieldViolation.of(field + (input.achievement() != null ? ".achievement" : ".score"),
                        "evaluation.onlyQualitative", indicator.name()));
            }
        } else if (input.achievement() == null || input.percent() == null) {
            violations.add(FieldViolation.of(field + (input.achievement() == null ? ".achievement" : ".score"),
                    "evaluation.achievementRequired", indicator.name()));
        } else if (!input.achievement().allows(input.percent())) {
            AchievementBand band = input.achievement();
            violations.add(FieldViolation.of(field + ".score", "evaluation.scoreOutsideBand", indicator.name(),
                    input.percent().toPlainString(), band.name(), band.lowest(), band.highest()));
        }
        return violations;
    }

    /** The inputs in the target's indicator order (each indicator is there exactly once: checked before). */
    private static List<IndicatorInput> ordered(EvaluatedTarget target, List<IndicatorInput> inputs) {
        Map<UUID, IndicatorInput> byId = new HashMap<>();
        inputs.forEach(input -> byId.put(input.indicatorId(), input));
        return target.indicators().stream().map(i -> Objects.requireNonNull(byId.get(i.indicatorId()))).toList();
    }

    private static List<IndicatorEntry> entries(EvaluatedTarget target, List<IndicatorInput> ordered) {
        List<IndicatorEntry> entries = new ArrayList<>();
        for (int k = 0; k < ordered.size(); k++) {
            EvaluatedTarget.Indicator i = target.indicators().get(k);
            IndicatorInput input = ordered.get(k);
            entries.add(new IndicatorEntry(i.indicatorId(), i.level1(), i.operator(), i.targetNumber(), i.weight(),
                    i.operator().isQuantitative() ? input.actualNumber() : null, input.achievement(),
                    input.percent()));
        }
        return entries;
    }

    /** The unit submits its self-evaluation: from now on it counts, at its self-score (409 when submitted already). */
    public EvaluationCompleted submit(Instant now) {
        requireDraft();
        this.status = SelfEvaluationStatus.SUBMITTED;
        this.submittedAt = now;
        return completed(now);
    }

    /**
     * The unit's department scores the submitted self-evaluation (0–100, two decimals), replacing its earlier score.
     *
     * @return the event when the effective score or grade changed (not while finance's score stands)
     */
    public Optional<EvaluationCompleted> reviewByDepartment(Score score, @Nullable String opinion, String by,
            Instant now) {
        return review(() -> this.department = new ScoreReview(score.points(), opinion, by, now), now);
    }

    /**
     * Finance finalises the submitted self-evaluation with its score (0–100, two decimals), which from now on is the
     * effective one; finalising again replaces it.
     *
     * @return the event when the effective score or grade changed
     */
    public Optional<EvaluationCompleted> finalise(Score score, @Nullable String opinion, String by, Instant now) {
        return review(() -> this.finance = new ScoreReview(score.points(), opinion, by, now), now);
    }

    private Optional<EvaluationCompleted> review(Runnable change, Instant now) {
        if (status != SelfEvaluationStatus.SUBMITTED) {
            throw new StateConflictException("evaluation.notSubmitted", status.name());
        }
        BigDecimal score = effectiveScore();
        Grade grade = effectiveGrade();
        change.run();
        return changed(score, grade, now);
    }

    /**
     * What a rescore did: whether the score, its breakdown or the rules applied changed (else nothing is to be
     * stored), and the event when the self-evaluation counts and its effective score or grade changed.
     */
    public record Rescore(boolean changed, Optional<EvaluationCompleted> completed) {
    }

    /**
     * Scores the self-evaluation again from what the unit entered, with the rules given (those in force now), as a
     * rescore of the region does. The rules applied are the same when their keys, sources and versions are (every
     * change of a rule has a version of its own).
     */
    public Rescore rescore(ScoringRules rules, List<AppliedRule> applied, Instant now) {
        Scorecard card = rules.score(budget, executed, entries(target, inputs));
        if (card.equals(scorecard) && origins(applied).equals(origins(appliedRules))) {
            return new Rescore(false, Optional.empty());
        }
        BigDecimal score = effectiveScore();
        Grade grade = effectiveGrade();
        this.scorecard = card;
        this.appliedRules = List.copyOf(applied);
        this.scoredAt = now;
        return new Rescore(true, changed(score, grade, now));
    }

    private static List<String> origins(List<AppliedRule> rules) {
        return rules.stream().map(r -> r.key() + " " + r.source() + " " + r.version()).toList();
    }

    private Optional<EvaluationCompleted> changed(@Nullable BigDecimal score, @Nullable Grade grade, Instant now) {
        if (status != SelfEvaluationStatus.SUBMITTED
                || (Objects.equals(score, effectiveScore()) && grade == effectiveGrade())) {
            return Optional.empty();
        }
        return Optional.of(completed(now));
    }

    private EvaluationCompleted completed(Instant now) {
        EventHeader header = EventHeader.of(now, target.fiscalYear().value(), target.region().value(),
                target.unitCode(), target.unitPath().toString(), id.target(), version + 1);
        return new EvaluationCompleted(header, id.target(), target.kind(), target.projectCode(), target.projectName(),
                target.departmentCode(), budget.yuan(), executed.yuan(), scorecard.score(),
                Objects.requireNonNull(effectiveScore()), Objects.requireNonNull(effectiveGrade()),
                Objects.requireNonNull(scoredBy()));
    }

    private void requireDraft() {
        if (status != SelfEvaluationStatus.DRAFT) {
            throw new StateConflictException("evaluation.submitted", status.name());
        }
    }

    /** Finance's score, else the department's, else the self-score once submitted; null for a draft. */
    public @Nullable BigDecimal effectiveScore() {
        if (status == SelfEvaluationStatus.DRAFT) {
            return null;
        }
        return finance != null ? finance.score() : department != null ? department.score() : scorecard.score();
    }

    /** The grade of the effective score by the bands applied when it was last scored; null for a draft. */
    public @Nullable Grade effectiveGrade() {
        BigDecimal score = effectiveScore();
        return score == null ? null : ScoringRules.applied(appliedRules).grades().gradeOf(Score.of(score));
    }

    public @Nullable ScoredBy scoredBy() {
        if (status == SelfEvaluationStatus.DRAFT) {
            return null;
        }
        return finance != null ? ScoredBy.FINANCE : department != null ? ScoredBy.DEPARTMENT : ScoredBy.SELF;
    }

    @Override
    public SelfEvaluationId getId() {
        return id;
    }

    public EvaluatedTarget target() {
        return target;
    }

    public Scorecard scorecard() {
        return scorecard;
    }

    public SelfEvaluationStatus status() {
        return status;
    }

    public long version() {
        return version;
    }
}
