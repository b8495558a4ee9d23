package org.jixiao.evaluation.adapter.out.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jixiao.evaluation.domain.EvaluatorType;
import org.jixiao.evaluation.domain.FrameworkDimension;
import org.jixiao.evaluation.domain.KeyEvaluation;
import org.jixiao.evaluation.domain.KeyEvaluationId;
import org.jixiao.evaluation.domain.KeyEvaluations;
import org.jixiao.evaluation.domain.KeySubject;
import org.jixiao.evaluation.domain.SubjectType;
import org.jixiao.evaluation.port.out.KeyEvaluationReadModel;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.access.Scope;
import org.jixiao.sharedkernel.rules.AppliedRule;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** The department and key evaluations in table {@code key_evaluation}, one row each. */
@Repository
class KeyEvaluationPersistenceAdapter implements KeyEvaluations, KeyEvaluationReadModel {

    private static final String COLUMNS = """
            id, fiscal_year, subject_type, target_id, unit_code, unit_path, region_code, project_code, subject_name, \
            evaluator_type, commissioned_by, commissioner_path, agency, expert, weight_decision, weight_process, \
            weight_output, weight_benefit, score_decision, score_process, score_output, score_benefit, findings, \
            report, score, grade, applied_rules, scored_by, scored_at, created_by, created_at, version""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ObjectReader appliedRulesReader;

    KeyEvaluationPersistenceAdapter(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.appliedRulesReader = json.readerFor(new TypeReference<List<AppliedRule>>() {
        }).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    @Override
    public Optional<KeyEvaluation> find(KeyEvaluationId id) {
        return jdbc.sql("SELECT * FROM evaluation.key_evaluation WHERE id = ?").param(id.value())
                .query((rs, n) -> evaluation(rs)).optional();
    }

    private KeyEvaluation evaluation(ResultSet rs) throws SQLException {
        Map<FrameworkDimension, BigDecimal> weights = dimensions(rs, "weight");
        KeyEvaluation.Scored scored = null;
        if (rs.getTimestamp("scored_at") != null) {
            scored = new KeyEvaluation.Scored(dimensions(rs, "score"), rs.getString("findings"), rs.getString("report"),
                    rs.getBigDecimal("score"), Grade.valueOf(rs.getString("grade")),
                    appliedRulesReader.readValue(rs.getString("applied_rules")), rs.getString("scored_by"),
                    rs.getTimestamp("scored_at").toInstant());
        }
        String target = rs.getString("target_id");
        return KeyEvaluation.rebuild(new KeyEvaluation.Snapshot(new KeyEvaluationId(rs.getObject("id", UUID.class)),
                FiscalYear.of(rs.getInt("fiscal_year")), new KeySubject(SubjectType.valueOf(rs.getString("subject_type")),
                target == null ? null : UUID.fromString(target), rs.getString("unit_code"),
                OrgPath.parse(rs.getString("unit_path")), RegionCode.of(rs.getString("region_code")),
                rs.getString("project_code"), rs.getString("subject_name")),
                EvaluatorType.valueOf(rs.getString("evaluator_type")), OrgCode.of(rs.getString("commissioned_by")),
                OrgPath.parse(rs.getString("commissioner_path")), rs.getString("agency"), rs.getString("expert"),
                weights, scored, rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getLong("version")));
    }

    private static Map<FrameworkDimension, BigDecimal> dimensions(ResultSet rs, String prefix) throws SQLException {
        Map<FrameworkDimension, BigDecimal> values = new EnumMap<>(FrameworkDimension.class);
        for (FrameworkDimension d : FrameworkDimension.values()) {
            values.put(d, rs.getBigDecimal(prefix + "_" + d.name().toLowerCase()));
        }
        return values;
    }

    @Override
    public long save(KeyEvaluation evaluation) {
        KeyEvaluation.Snapshot s = evaluation.snapshot();
        KeyEvaluation.Scored r = s.scored();
        long version = s.version() + 1;
        List<@Nullable Object> values = new ArrayList<>(Arrays.asList(s.id().value(), s.fiscalYear().value(),
                s.subject().type().name(), s.subject().targetId(), s.subject().unitCode(),
                s.subject().unitPath().toString(), s.subject().region().value(), s.subject().projectCode(),
                s.subject().name(), s.evaluatorType().name(), s.commissionedBy().value(),
                s.commissionerPath().toString(), s.agency(), s.expert()));
        for (FrameworkDimension d : FrameworkDimension.values()) {
            values.add(s.weights().get(d));
        }
        for (FrameworkDimension d : FrameworkDimension.values()) {
            values.add(r == null ? null : r.scores().get(d));
        }
        values.addAll(Arrays.asList(r == null ? null : r.findings(), r == null ? null : r.report(),
                r == null ? null : r.score(), r == null ? null : r.grade().name(),
                r == null ? null : json.writeValueAsString(r.appliedRules()), r == null ? null : r.scoredBy(),
                r == null ? null : Timestamp.from(r.scoredAt()), s.createdBy(), Timestamp.from(s.createdAt()),
                version));
        String placeholders = String.join(", ", Arrays.stream(COLUMNS.split(","))
                .map(c -> c.strip().equals("applied_rules") ? "CAST(? AS JSONB)" : "?").toList());
        int written;
        if (s.version() == 0) {
            written = jdbc.sql("INSERT INTO evaluation.key_evaluation (" + COLUMNS + ") VALUES (" + placeholders + ")")
                    .params(values).update();
        } else {
            values.add(s.id().value());
            values.add(s.version());
            written = jdbc.sql("UPDATE evaluation.key_evaluation SET (" + COLUMNS + ") = ROW(" + placeholders
                    + ") WHERE id = ? AND version = ?").params(values).update();
        }
        if (written == 0) {
            throw new StateConflictException("problem.staleVersion", evaluation.status().name());
        }
        return version;
    }

    @Override
    public Page<KeyEvaluation> list(Scope scope, @Nullable String expert, @Nullable Integer fiscalYear,
            PageQuery page) {
        Scope.Paths paths = scope.paths();
        String where = (expert != null ? "expert = :expert"
                : "((unit_path >= :from AND unit_path < :until) OR (commissioner_path >= :from AND commissioner_path < :until))")
                + (fiscalYear == null ? "" : " AND fiscal_year = :year");
        long total = jdbc.sql("SELECT count(*) FROM evaluation.key_evaluation WHERE " + where)
                .param("expert", expert).param("from", paths.from()).param("until", paths.until())
                .param("year", fiscalYear).query(Long.class).single();
        List<KeyEvaluation> rows = jdbc.sql("SELECT * FROM evaluation.key_evaluation WHERE " + where
                        + " ORDER BY fiscal_year DESC, created_at DESC, id LIMIT :limit OFFSET :offset")
                .param("expert", expert).param("from", paths.from()).param("until", paths.until())
                .param("year", fiscalYear).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> evaluation(rs)).list();
        return Page.of(rows, page, total);
    }
}
