package org.jixiao.assessment.adapter.out.persistence;

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

import org.jixiao.assessment.domain.AssessmentId;
import org.jixiao.assessment.domain.AssessmentStatus;
import org.jixiao.assessment.domain.Assessments;
import org.jixiao.assessment.domain.Assignment;
import org.jixiao.assessment.domain.Dimension;
import org.jixiao.assessment.domain.ExAnteAssessment;
import org.jixiao.assessment.domain.Materials;
import org.jixiao.assessment.domain.Outcome;
import org.jixiao.assessment.domain.ScoreSheet;
import org.jixiao.assessment.events.AssessmentKind;
import org.jixiao.assessment.events.Conclusion;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.Score;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.rules.AppliedRule;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assessment repository in PostgreSQL schema {@code assessment}. An aggregate is saved with an optimistic
 * version check (a stale version is a 409) and its sheets and assignments rewritten; the rules a conclusion applied
 * are stored as JSON.
 */
@Repository
class AssessmentPersistenceAdapter implements Assessments {

    private static final List<String> DIMENSION_COLUMNS = List.of("necessity", "economy", "target_reasonableness",
            "feasibility", "funding_compliance");

    private static final TypeReference<List<AppliedRule>> APPLIED_RULES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectReader appliedRulesReader;
    private final JsonMapper json;

    AssessmentPersistenceAdapter(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        // rule values are exact decimals: never read them back through double
        this.appliedRulesReader = json.readerFor(APPLIED_RULES).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    @Override
    public Optional<ExAnteAssessment> find(AssessmentId id) {
        return jdbc.sql("SELECT * FROM assessment.assessment WHERE id = ?").param(id.value())
                .query((rs, n) -> rebuild(rs, sheets(id.value()), assignments(id.value()), appliedRules(rs)))
                .optional();
    }

    @Override
    public long save(ExAnteAssessment a) {
        long version = a.version() + 1;
        Outcome outcome = a.outcome().orElse(null);
        try {
            if (a.version() == 0) {
                jdbc.sql("""
                        INSERT INTO assessment.assessment (id, fiscal_year, kind, unit_code, unit_path, region_code,
                            project_code, project_name, requested_amount, necessity, plan, funding, required_by_threshold,
                            status, created_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(Arrays.asList(a.getId().value(), a.fiscalYear().value(), a.kind().name(), a.unitCode().value(),
                                a.unitPath().toString(), a.region().value(), a.projectCode(), a.projectName(),
                                a.requestedAmount().yuan(), a.summary().necessity(), a.summary().plan(),
                                a.summary().funding(), a.requiredByThreshold(), a.status().name(),
                                Timestamp.from(a.createdAt()), version))
                        .update();
            } else {
                int updated = jdbc.sql("""
                        UPDATE assessment.assessment SET status = ?, total_score = ?, grade = ?, conclusion = ?,
                            suggestions = ?, rule_version = ?, applied_rules = CAST(? AS JSONB), concluded_at = ?,
                            concluded_by = ?, version = ?
                        WHERE id = ? AND version = ?""")
                        .params(Arrays.asList(a.status().name(), outcome == null ? null : outcome.totalScore().points(),
                                outcome == null ? null : outcome.grade().name(),
                                outcome == null ? null : outcome.conclusion().name(),
                                outcome == null ? null : outcome.suggestions(),
                                outcome == null ? null : outcome.ruleVersion(),
                                outcome == null ? null : json.writeValueAsString(outcome.appliedRules()),
                                outcome == null ? null : Timestamp.from(outcome.concludedAt()),
                                outcome == null ? null : outcome.concludedBy(), version, a.getId().value(), a.version()))
                        .update();
                if (updated == 0) {
                    throw new StateConflictException("problem.staleVersion", a.status().name());
                }
            }
        } catch (DuplicateKeyException e) {
            throw new StateConflictException("assessment.duplicate", null, a.unitCode().value(), a.projectCode(),
                    a.fiscalYear().value());
        }
        writeChildren(a);
        return version;
    }

    private void writeChildren(ExAnteAssessment a) {
        UUID id = a.getId().value();
        jdbc.sql("DELETE FROM assessment.score_sheet WHERE assessment_id = ?").param(id).update();
        jdbc.sql("DELETE FROM assessment.assignment WHERE assessment_id = ?").param(id).update();
        List<ScoreSheet> sheets = a.sheets();
        for (int i = 0; i < sheets.size(); i++) {
            ScoreSheet s = sheets.get(i);
            List<Object> values = new ArrayList<>(Arrays.asList(id, i, s.assessor(), s.filedBy()));
            for (Dimension d : Dimension.values()) {
                values.add(s.scores().get(d));
            }
            for (Dimension d : Dimension.values()) {
                values.add(s.findings().get(d));
            }
            jdbc.sql("""
                    INSERT INTO assessment.score_sheet (assessment_id, position, assessor, filed_by, necessity,
                        economy, target_reasonableness, feasibility, funding_compliance, necessity_findings,
                        economy_findings, target_reasonableness_findings, feasibility_findings,
                        funding_compliance_findings)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
        }
        for (Assignment assignment : a.assignments()) {
            jdbc.sql("INSERT INTO assessment.assignment (assessment_id, username, commissioned_by) VALUES (?, ?, ?)")
                    .params(id, assignment.username(), assignment.commissionedBy().value()).update();
        }
    }

    private List<ScoreSheet> sheets(UUID id) {
        return jdbc.sql("SELECT * FROM assessment.score_sheet WHERE assessment_id = ? ORDER BY position").param(id)
                .query((rs, n) -> {
                    Map<Dimension, BigDecimal> scores = new EnumMap<>(Dimension.class);
                    Map<Dimension, String> findings = new EnumMap<>(Dimension.class);
                    for (int i = 0; i < DIMENSION_COLUMNS.size(); i++) {
                        Dimension dimension = Dimension.values()[i];
                        scores.put(dimension, rs.getBigDecimal(DIMENSION_COLUMNS.get(i)));
                        String finding = rs.getString(DIMENSION_COLUMNS.get(i) + "_findings");
                        if (finding != null) {
                            findings.put(dimension, finding);
                        }
                    }
                    return new ScoreSheet(rs.getString("assessor"), rs.getString("filed_by"), scores, findings);
                }).list();
    }

    private List<Assignment> assignments(UUID id) {
        return jdbc.sql("SELECT username, commissioned_by FROM assessment.assignment WHERE assessment_id = ? ORDER BY username")
                .param(id)
                .query((rs, n) -> new Assignment(rs.getString("username"), OrgCode.of(rs.getString("commissioned_by"))))
                .list();
    }

    private List<AppliedRule> appliedRules(ResultSet rs) throws SQLException {
        String text = rs.getString("applied_rules");
        return text == null ? List.of() : appliedRulesReader.readValue(text);
    }

    private static ExAnteAssessment rebuild(ResultSet rs, List<ScoreSheet> sheets, List<Assignment> assignments,
            List<AppliedRule> appliedRules) throws SQLException {
        Outcome outcome = rs.getString("conclusion") == null ? null : new Outcome(
                Score.of(rs.getBigDecimal("total_score")), Grade.valueOf(rs.getString("grade")),
                Conclusion.valueOf(rs.getString("conclusion")), rs.getString("suggestions"), rs.getLong("rule_version"),
                appliedRules,
                rs.getTimestamp("concluded_at").toInstant(), rs.getString("concluded_by"));
        return ExAnteAssessment.rebuild(new AssessmentId(rs.getObject("id", UUID.class)),
                FiscalYear.of(rs.getInt("fiscal_year")), AssessmentKind.valueOf(rs.getString("kind")),
                OrgCode.of(rs.getString("unit_code")), OrgPath.parse(rs.getString("unit_path")),
                RegionCode.of(rs.getString("region_code")), rs.getString("project_code"), rs.getString("project_name"),
                Money.of(rs.getBigDecimal("requested_amount")),
                new Materials(rs.getString("necessity"), rs.getString("plan"), rs.getString("funding")),
                rs.getBoolean("required_by_threshold"), rs.getTimestamp("created_at").toInstant(), sheets, assignments,
                AssessmentStatus.valueOf(rs.getString("status")), outcome, rs.getLong("version"));
    }
}
