package org.jixiao.evaluation.adapter.out.persistence;

import static org.jixiao.evaluation.adapter.out.persistence.SqlArrays.array;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jixiao.evaluation.domain.AchievementBand;
import org.jixiao.evaluation.domain.Block;
import org.jixiao.evaluation.domain.EvaluatedTarget;
import org.jixiao.evaluation.domain.IndicatorInput;
import org.jixiao.evaluation.domain.IndicatorScore;
import org.jixiao.evaluation.domain.ScoreReview;
import org.jixiao.evaluation.domain.Scorecard;
import org.jixiao.evaluation.domain.ScoringRule;
import org.jixiao.evaluation.domain.SelfEvaluation;
import org.jixiao.evaluation.domain.SelfEvaluationId;
import org.jixiao.evaluation.domain.SelfEvaluationStatus;
import org.jixiao.evaluation.domain.SelfEvaluations;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.access.Scope;
import org.jixiao.sharedkernel.rules.AppliedRule;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jixiao.targeting.events.TargetKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The self-evaluations in schema evaluation: one loads in two queries (the evaluation with its breakdown, its
 * indicators), saves in three statements (the evaluation, its indicators deleted and inserted as arrays), and a
 * rescore's page saves in one; a target in force loads from evaluation's copy in two.
 */
@Repository
class SelfEvaluationPersistenceAdapter implements SelfEvaluations {

    private static final TypeReference<List<AppliedRule>> APPLIED_RULES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ObjectReader appliedRulesReader;

    SelfEvaluationPersistenceAdapter(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        // rule values are exact decimals: never read them back through double
        this.appliedRulesReader = json.readerFor(APPLIED_RULES).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    @Override
    public Optional<EvaluatedTarget> target(SelfEvaluationId id) {
        List<EvaluatedTarget.Indicator> indicators = jdbc.sql(
                        "SELECT * FROM evaluation.target_indicator WHERE target_id = ? ORDER BY position")
                .param(id.target()).query((rs, n) -> indicator(rs)).list();
        return jdbc.sql("SELECT * FROM evaluation.target_in_force WHERE target_id = ?").param(id.target())
                .query((rs, n) -> target(rs, indicators, "budget_amount")).optional();
    }

    @Override
    public Optional<SelfEvaluation> find(SelfEvaluationId id) {
        return load(jdbc.sql("SELECT * FROM evaluation.self_evaluation WHERE target_id = ?").param(id.target()))
                .stream().findFirst();
    }

    @Override
    public List<SelfEvaluation> page(FiscalYear year, OrgPath region, @Nullable Position after, int limit) {
        Scope.Paths paths = Scope.subtree(region).paths();
        return load(jdbc.sql("SELECT * FROM evaluation.self_evaluation WHERE fiscal_year = :year AND unit_path < :until"
                        // the whole key of self_evaluation_year_idx, so that the index scan starts after the position
                        + (after == null ? " AND unit_path >= :from"
                                : " AND (fiscal_year, unit_path, target_id) > (:year, :path, :target)")
                        + " ORDER BY unit_path, target_id LIMIT :limit")
                .param("year", year.value()).param("from", paths.from()).param("until", paths.until())
                .param("path", after == null ? null : after.unitPath())
                .param("target", after == null ? null : after.target()).param("limit", limit));
    }

    /**
     * The self-evaluations the statement selects, in its order, each with its indicators (one query more); the
     * breakdown lines come from the evaluation's row, in position order.
     */
    private List<SelfEvaluation> load(JdbcClient.StatementSpec evaluations) {
        record Head(SelfEvaluation.Snapshot s, Object[] blocks, Object[] points, Object[] rules, Object[] scores) {
        }
        Map<String, List<AppliedRule>> applied = new HashMap<>(); // a page's evaluations mostly share their rules
        List<Head> rows = evaluations.query((rs, n) -> new Head(new SelfEvaluation.Snapshot(
                new SelfEvaluationId(rs.getObject("target_id", UUID.class)), target(rs, List.of(), "approved_budget"),
                Money.of(rs.getBigDecimal("budget_amount")), Money.of(rs.getBigDecimal("executed_amount")), List.of(),
                new Scorecard(rs.getBigDecimal("execution_score"), List.of(), rs.getBigDecimal("self_score"),
                        Grade.valueOf(rs.getString("self_grade"))),
                applied.computeIfAbsent(rs.getString("applied_rules"), text -> appliedRulesReader.readValue(text)),
                SelfEvaluationStatus.valueOf(rs.getString("status")), rs.getString("filed_by"),
                rs.getTimestamp("scored_at").toInstant(), instant(rs, "submitted_at"), review(rs, "department"),
                review(rs, "finance"), rs.getLong("version")), (Object[]) rs.getArray("line_blocks").getArray(),
                (Object[]) rs.getArray("line_points").getArray(), (Object[]) rs.getArray("line_rules").getArray(),
                (Object[]) rs.getArray("line_scores").getArray())).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        record Line(EvaluatedTarget.Indicator indicator, IndicatorInput input) {
        }
        Map<UUID, List<Line>> lines = new HashMap<>();
        jdbc.sql("SELECT * FROM evaluation.self_indicator WHERE target_id = ANY(?) ORDER BY target_id, position")
                .param(array("uuid", rows, r -> r.s().id().target()))
                .query(rs -> {
                    EvaluatedTarget.Indicator indicator = indicator(rs);
                    String achievement = rs.getString("achievement");
                    lines.computeIfAbsent(rs.getObject("target_id", UUID.class), t -> new ArrayList<>()).add(new Line(
                            indicator, new IndicatorInput(indicator.indicatorId(), rs.getString("actual_value"),
                            achievement == null ? null : AchievementBand.valueOf(achievement),
                            rs.getBigDecimal("percent"), rs.getString("deviation_reason"))));
                });
        List<SelfEvaluation> loaded = new ArrayList<>();
        for (Head head : rows) {
            SelfEvaluation.Snapshot s = head.s();
            List<Line> own = lines.getOrDefault(s.id().target(), List.of());
            List<IndicatorScore> scores = new ArrayList<>();
            for (int k = 0; k < own.size(); k++) {
                scores.add(new IndicatorScore(own.get(k).indicator().indicatorId(),
                        Block.valueOf((String) head.blocks()[k]), (BigDecimal) head.points()[k],
                        ScoringRule.valueOf((String) head.rules()[k]), (BigDecimal) head.scores()[k]));
            }
            EvaluatedTarget t = s.target();
            loaded.add(SelfEvaluation.rebuild(new SelfEvaluation.Snapshot(s.id(), new EvaluatedTarget(t.targetId(),
                    t.revision(), t.fiscalYear(), t.kind(), t.region(), t.unitCode(), t.unitPath(), t.departmentCode(),
                    t.projectCode(), t.projectName(), t.approvedBudget(), own.stream().map(Line::indicator).toList()),
                    s.budget(), s.executed(), own.stream().map(Line::input).toList(),
                    new Scorecard(s.scorecard().executionScore(), scores, s.scorecard().score(),
                            s.scorecard().grade()),
                    s.appliedRules(), s.status(), s.filedBy(), s.scoredAt(), s.submittedAt(), s.department(),
                    s.finance(), s.version())));
        }
        return loaded;
    }

    /** The target from a row of the copy ({@code approvedBudget} "budget_amount") or of a self-evaluation. */
    private static EvaluatedTarget target(ResultSet rs, List<EvaluatedTarget.Indicator> indicators,
            String approvedBudget) throws SQLException {
        return new EvaluatedTarget(rs.getObject("target_id", UUID.class), rs.getInt("revision"),
                FiscalYear.of(rs.getInt("fiscal_year")), TargetKind.valueOf(rs.getString("kind")),
                RegionCode.of(rs.getString("region_code")), rs.getString("unit_code"),
                OrgPath.parse(rs.getString("unit_path")), rs.getString("department_code"), rs.getString("project_code"),
                rs.getString("project_name"),
                Money.of(rs.getBigDecimal(approvedBudget)), indicators);
    }

    private static EvaluatedTarget.Indicator indicator(ResultSet rs) throws SQLException {
        return new EvaluatedTarget.Indicator(rs.getObject("indicator_id", UUID.class),
                Level1.valueOf(rs.getString("level1")), Level2.valueOf(rs.getString("level2")), rs.getString("name"),
                Operator.valueOf(rs.getString("operator")), rs.getString("target_value"),
                rs.getBigDecimal("target_number"), rs.getString("unit"), rs.getBigDecimal("weight"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static @Nullable ScoreReview review(ResultSet rs, String by) throws SQLException {
        Instant at = instant(rs, by + "_at");
        return at == null ? null : new ScoreReview(rs.getBigDecimal(by + "_score"), rs.getString(by + "_opinion"),
                rs.getString(by + "_by"), at);
    }

    @Override
    public long save(SelfEvaluation evaluation) {
        SelfEvaluation.Snapshot s = evaluation.snapshot();
        EvaluatedTarget t = s.target();
        long version = s.version() + 1;
        Grade effectiveGrade = evaluation.effectiveGrade();
        List<Object> values = Arrays.asList(t.revision(), t.fiscalYear().value(), t.kind().name(), t.region().value(),
                t.unitCode(), t.unitPath().toString(), t.departmentCode(), t.projectCode(), t.projectName(),
                t.approvedBudget().yuan(), s.status().name(), s.budget().yuan(), s.executed().yuan(),
                s.scorecard().executionScore(), s.scorecard().score(), s.scorecard().grade().name(),
                json.writeValueAsString(s.appliedRules()), AppliedRule.highestVersion(s.appliedRules()), s.filedBy(),
                Timestamp.from(s.scoredAt()), timestamp(s.submittedAt()),
                s.department() == null ? null : s.department().score(),
                s.department() == null ? null : s.department().opinion(),
                s.department() == null ? null : s.department().by(),
                s.department() == null ? null : Timestamp.from(s.department().at()),
                s.finance() == null ? null : s.finance().score(), s.finance() == null ? null : s.finance().opinion(),
                s.finance() == null ? null : s.finance().by(),
                s.finance() == null ? null : Timestamp.from(s.finance().at()), evaluation.effectiveScore(),
                effectiveGrade == null ? null : effectiveGrade.name(),
                evaluation.scoredBy() == null ? null : evaluation.scoredBy().name(),
                array("text", s.scorecard().indicators(), l -> l.block().name()),
                array("numeric", s.scorecard().indicators(), IndicatorScore::points),
                array("text", s.scorecard().indicators(), l -> l.rule().name()),
                array("numeric", s.scorecard().indicators(), IndicatorScore::score), version);
        int written;
        if (s.version() == 0) {
            List<Object> insert = new ArrayList<>(values);
            insert.add(0, t.targetId());
            written = jdbc.sql("INSERT INTO evaluation.self_evaluation (target_id, " + COLUMNS + ") VALUES (?, "
                    + PLACEHOLDERS + ") ON CONFLICT (target_id) DO NOTHING").params(insert).update();
        } else {
            List<Object> update = new ArrayList<>(values);
            update.add(t.targetId());
            update.add(s.version());
            written = jdbc.sql("UPDATE evaluation.self_evaluation SET (" + COLUMNS + ") = ROW(" + PLACEHOLDERS
                    + ") WHERE target_id = ? AND version = ?").params(update).update();
        }
        if (written == 0) {
            throw new StateConflictException("problem.staleVersion", s.status().name());
        }
        saveIndicators(List.of(evaluation));
        return version;
    }

    private static final String COLUMNS = """
            revision, fiscal_year, kind, region_code, unit_code, unit_path, department_code, project_code, \
            project_name, approved_budget, status, budget_amount, executed_amount, execution_score, self_score, \
            self_grade, applied_rules, rule_version, filed_by, scored_at, submitted_at, department_score, \
            department_opinion, department_by, department_at, finance_score, finance_opinion, finance_by, \
            finance_at, effective_score, effective_grade, scored_by, line_blocks, line_points, line_rules, line_scores, \
            version""";

    /** A parameter per column, the applied rules cast to JSONB. */
    private static final String PLACEHOLDERS = Arrays.stream(COLUMNS.split(","))
            .map(column -> column.strip().equals("applied_rules") ? "CAST(? AS JSONB)" : "?")
            .collect(Collectors.joining(", "));

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    /** The indicators of the evaluations given (the targets' with the units' inputs), replaced in two statements. */
    private void saveIndicators(List<SelfEvaluation> evaluations) {
        record Line(UUID target, int position, EvaluatedTarget.Indicator indicator, IndicatorInput input) {
        }
        List<Line> lines = new ArrayList<>();
        List<UUID> targets = new ArrayList<>();
        for (SelfEvaluation e : evaluations) {
            SelfEvaluation.Snapshot s = e.snapshot();
            targets.add(s.target().targetId());
            for (int k = 0; k < s.inputs().size(); k++) {
                lines.add(new Line(s.target().targetId(), k, s.target().indicators().get(k), s.inputs().get(k)));
            }
        }
        jdbc.sql("DELETE FROM evaluation.self_indicator WHERE target_id = ANY(?)")
                .param(array("uuid", targets, id -> id)).update();
        jdbc.sql("""
                        INSERT INTO evaluation.self_indicator (target_id, position, indicator_id, level1, level2, name,
                            operator, target_value, target_number, unit, weight, actual_value, actual_number,
                            achievement, percent, deviation_reason)
                        SELECT * FROM unnest(?::uuid[], ?::int[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::numeric[], ?::text[], ?::numeric[], ?::text[], ?::numeric[], ?::text[],
                            ?::numeric[], ?::text[])""")
                .params(array("uuid", lines, Line::target), array("int4", lines, Line::position),
                        array("uuid", lines, l -> l.indicator().indicatorId()),
                        array("text", lines, l -> l.indicator().level1().name()),
                        array("text", lines, l -> l.indicator().level2().name()),
                        array("text", lines, l -> l.indicator().name()),
                        array("text", lines, l -> l.indicator().operator().name()),
                        array("text", lines, l -> l.indicator().targetValue()),
                        array("numeric", lines, l -> l.indicator().targetNumber()),
                        array("text", lines, l -> l.indicator().unit()),
                        array("numeric", lines, l -> l.indicator().weight()),
                        array("text", lines, l -> l.input().actualValue()),
                        array("numeric", lines, l -> l.input().actualNumber()),
                        array("text", lines, l -> l.input().achievement() == null ? null : l.input().achievement().name()),
                        array("numeric", lines, l -> l.input().percent()),
                        array("text", lines, l -> l.input().deviationReason()))
                .update();
    }

    /** One breakdown column of an evaluation as a PostgreSQL array literal ({@code {OUTPUT,BENEFIT}}), for unnest. */
    private static String literal(SelfEvaluation.Snapshot s, Function<IndicatorScore, String> value) {
        return "{" + String.join(",", s.scorecard().indicators().stream().map(value).toList()) + "}";
    }

    @Override
    public Set<UUID> saveScores(List<SelfEvaluation> rescored) {
        if (rescored.isEmpty()) {
            return Set.of();
        }
        record Row(SelfEvaluation.Snapshot s, @Nullable BigDecimal effectiveScore, @Nullable Grade effectiveGrade) {
        }
        List<Row> rows = rescored.stream().map(e -> new Row(e.snapshot(), e.effectiveScore(), e.effectiveGrade()))
                .toList();
        Set<UUID> saved = Set.copyOf(jdbc.sql("""
                        UPDATE evaluation.self_evaluation e SET execution_score = u.execution_score,
                            self_score = u.self_score, self_grade = u.self_grade, applied_rules = u.applied_rules::jsonb,
                            rule_version = u.rule_version, scored_at = u.scored_at, effective_score = u.effective_score,
                            effective_grade = u.effective_grade, line_blocks = u.line_blocks::varchar[],
                            line_points = u.line_points::numeric[], line_rules = u.line_rules::varchar[],
                            line_scores = u.line_scores::numeric[], version = e.version + 1
                        FROM unnest(?::uuid[], ?::bigint[], ?::numeric[], ?::numeric[], ?::text[], ?::text[],
                            ?::bigint[], ?::timestamptz[], ?::numeric[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[])
                            AS u (target_id, version, execution_score, self_score, self_grade, applied_rules,
                                  rule_version, scored_at, effective_score, effective_grade, line_blocks, line_points,
                                  line_rules, line_scores)
                        WHERE e.target_id = u.target_id AND e.version = u.version
                        RETURNING e.target_id""")
                .params(array("uuid", rows, r -> r.s().id().target()), array("int8", rows, r -> r.s().version()),
                        array("numeric", rows, r -> r.s().scorecard().executionScore()),
                        array("numeric", rows, r -> r.s().scorecard().score()),
                        array("text", rows, r -> r.s().scorecard().grade().name()),
                        array("text", rows, r -> json.writeValueAsString(r.s().appliedRules())),
                        array("int8", rows, r -> AppliedRule.highestVersion(r.s().appliedRules())),
                        array("timestamptz", rows, r -> Timestamp.from(r.s().scoredAt())),
                        array("numeric", rows, Row::effectiveScore),
                        array("text", rows, r -> r.effectiveGrade() == null ? null : r.effectiveGrade().name()),
                        array("text", rows, r -> literal(r.s(), l -> l.block().name())),
                        array("text", rows, r -> literal(r.s(), l -> l.points().toPlainString())),
                        array("text", rows, r -> literal(r.s(), l -> l.rule().name())),
                        array("text", rows, r -> literal(r.s(), l -> l.score().toPlainString())))
                .query(UUID.class).list());
        return saved;
    }
}
