package org.jixiao.targeting.adapter.out.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.Rate;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.access.Scope;
import org.jixiao.targeting.domain.Basis;
import org.jixiao.targeting.domain.Indicator;
import org.jixiao.targeting.domain.Owner;
import org.jixiao.targeting.domain.PerformanceTarget;
import org.jixiao.targeting.domain.Review;
import org.jixiao.targeting.domain.ReviewCriterion;
import org.jixiao.targeting.domain.ReviewDecision;
import org.jixiao.targeting.domain.Reviewer;
import org.jixiao.targeting.domain.TargetContent;
import org.jixiao.targeting.domain.TargetId;
import org.jixiao.targeting.domain.TargetStatus;
import org.jixiao.targeting.domain.Targets;
import org.jixiao.targeting.events.BudgetCategory;
import org.jixiao.targeting.events.FundSource;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jixiao.targeting.events.TargetKind;
import org.jixiao.targeting.port.in.PublicTarget;
import org.jixiao.targeting.port.in.TargetListItem;
import org.jixiao.targeting.port.in.TargetQueries.TargetFilter;
import org.jixiao.targeting.port.in.TargetRevisionView;
import org.jixiao.targeting.port.in.TargetStatistics;
import org.jixiao.targeting.port.in.TargetView;
import org.jixiao.targeting.port.out.TargetReadModel;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Targets in PostgreSQL schema {@code targeting}: an optimistic version check on the target row (stale → 409), the
 * working revision's content and indicators rewritten with batch inserts (indicator ids are the application's and
 * survive), reviews appended. Lists and statistics are single set-based queries over the subtree.
 */
@Repository
class TargetPersistenceAdapter implements Targets, TargetReadModel {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    TargetPersistenceAdapter(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public Optional<PerformanceTarget> find(TargetId id) {
        return jdbc.sql("SELECT * FROM targeting.target WHERE id = ?").param(id.value())
                .query((rs, n) -> rebuild(rs)).optional();
    }

    @Override
    public TargetContent contentOf(TargetId id, int revision) {
        return content(id.value(), revision);
    }

    @Override
    public long save(PerformanceTarget t) {
        long version = t.version() + 1;
        UUID id = t.getId().value();
        try {
            if (t.version() == 0) {
                jdbc.sql("""
                        INSERT INTO targeting.target (id, fiscal_year, kind, unit_code, unit_path, region_code,
                            department_code, department_reviews, project_code, status, barred, revision,
                            in_force_revision, published_revision, created_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(id, t.fiscalYear().value(), t.kind().name(), t.owner().code().value(),
                                t.owner().path().toString(), t.owner().region().value(),
                                t.owner().department() == null ? null : t.owner().department().value(),
                                t.owner().departmentReviews(), t.projectCode(), t.status().name(), t.barred(),
                                t.revision(), t.inForceRevision().orElse(null), t.publishedRevision().orElse(null),
                                Timestamp.from(t.createdAt()), version)
                        .update();
            } else if (jdbc.sql("""
                            UPDATE targeting.target SET status = ?, barred = ?, revision = ?, in_force_revision = ?,
                                published_revision = ?, version = ? WHERE id = ? AND version = ?""")
                    .params(t.status().name(), t.barred(), t.revision(), t.inForceRevision().orElse(null),
                            t.publishedRevision().orElse(null), version, id, t.version())
                    .update() == 0) {
                throw new StateConflictException("problem.staleVersion", t.status().name());
            }
        } catch (DuplicateKeyException e) {
            throw new StateConflictException("target.duplicate", null, t.owner().code().value(),
                    t.projectCode() == null ? "—" : t.projectCode(), t.fiscalYear().value());
        }
        writeRevision(t);
        writeReviews(t);
        return version;
    }

    private void writeRevision(PerformanceTarget t) {
        UUID id = t.getId().value();
        TargetContent c = t.content();
        jdbc.sql("DELETE FROM targeting.indicator WHERE target_id = ? AND revision = ?").params(id, t.revision()).update();
        jdbc.sql("""
                INSERT INTO targeting.target_revision (target_id, revision, project_name, budget_category, fund_source,
                    budget_amount, overall_goal, annual_goal, requires_assessment, indicator_count, quantitative_count,
                    adjustment_reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (target_id, revision) DO UPDATE SET project_name = EXCLUDED.project_name,
                    budget_category = EXCLUDED.budget_category, fund_source = EXCLUDED.fund_source,
                    budget_amount = EXCLUDED.budget_amount, overall_goal = EXCLUDED.overall_goal,
                    annual_goal = EXCLUDED.annual_goal, requires_assessment = EXCLUDED.requires_assessment,
                    indicator_count = EXCLUDED.indicator_count, quantitative_count = EXCLUDED.quantitative_count,
                    adjustment_reason = EXCLUDED.adjustment_reason""")
                .params(id, t.revision(), c.projectName(), c.budgetCategory().name(), c.fundSource().name(),
                        c.budgetAmount().yuan(), c.overallGoal(), c.annualGoal(), c.requiresAssessment(),
                        c.indicators().size(), c.quantitativeIndicators(), t.adjustmentReason())
                .update();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < c.indicators().size(); i++) {
            Indicator x = c.indicators().get(i);
            rows.add(new Object[] {id, t.revision(), x.id(), i, x.level1().name(), x.level2().name(), x.name(),
                    x.operator().name(), x.targetValue(), x.unit(), x.basis().name(), x.weight()});
        }
        batch.batchUpdate("""
                INSERT INTO targeting.indicator (target_id, revision, id, position, level1, level2, name, operator,
                    target_value, unit, basis, weight) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private void writeReviews(PerformanceTarget t) {
        UUID id = t.getId().value();
        int stored = jdbc.sql("SELECT count(*) FROM targeting.review WHERE target_id = ?").param(id)
                .query(Integer.class).single();
        List<Review> reviews = t.reviews();
        List<Object[]> rows = new ArrayList<>();
        for (int seq = stored; seq < reviews.size(); seq++) {
            Review r = reviews.get(seq);
            rows.add(new Object[] {id, seq, r.revision(), r.stage().name(), r.reviewer(), r.decision().name(),
                    r.grade().name(), r.criteria().get(ReviewCriterion.COMPLETENESS),
                    r.criteria().get(ReviewCriterion.RELEVANCE), r.criteria().get(ReviewCriterion.APPROPRIATENESS),
                    r.criteria().get(ReviewCriterion.FEASIBILITY), r.comments(), r.resultingStatus().name(),
                    Timestamp.from(r.reviewedAt())});
        }
        batch.batchUpdate("""
                INSERT INTO targeting.review (target_id, seq, revision, stage, reviewer, decision, grade, completeness,
                    relevance, appropriateness, feasibility, comments, resulting_status, reviewed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private PerformanceTarget rebuild(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        int revision = rs.getInt("revision");
        Integer inForce = (Integer) rs.getObject("in_force_revision");
        Integer published = (Integer) rs.getObject("published_revision");
        Owner owner = new Owner(OrgCode.of(rs.getString("unit_code")), OrgPath.parse(rs.getString("unit_path")),
                RegionCode.of(rs.getString("region_code")),
                rs.getString("department_code") == null ? null : OrgCode.of(rs.getString("department_code")),
                rs.getBoolean("department_reviews"));
        return PerformanceTarget.rebuild(new TargetId(id), FiscalYear.of(rs.getInt("fiscal_year")),
                TargetKind.valueOf(rs.getString("kind")), owner, rs.getString("project_code"),
                rs.getTimestamp("created_at").toInstant(), reviews(id), content(id, revision),
                TargetStatus.valueOf(rs.getString("status")), rs.getBoolean("barred"), revision, inForce, published,
                adjustmentReason(id, revision), rs.getLong("version"));
    }

    private String adjustmentReason(UUID id, int revision) {
        return jdbc.sql("SELECT adjustment_reason FROM targeting.target_revision WHERE target_id = ? AND revision = ?")
                .params(id, revision).query(String.class).optional().orElse(null);
    }

    private TargetContent content(UUID id, int revision) {
        List<Indicator> indicators = jdbc.sql(
                        "SELECT * FROM targeting.indicator WHERE target_id = ? AND revision = ? ORDER BY position")
                .params(id, revision)
                .query((rs, n) -> new Indicator(rs.getObject("id", UUID.class), Level1.valueOf(rs.getString("level1")),
                        Level2.valueOf(rs.getString("level2")), rs.getString("name"),
                        Operator.valueOf(rs.getString("operator")), rs.getString("target_value"), rs.getString("unit"),
                        Basis.valueOf(rs.getString("basis")), rs.getBigDecimal("weight")))
                .list();
        return jdbc.sql("SELECT * FROM targeting.target_revision WHERE target_id = ? AND revision = ?")
                .params(id, revision)
                .query((rs, n) -> new TargetContent(rs.getString("project_name"),
                        BudgetCategory.valueOf(rs.getString("budget_category")),
                        FundSource.valueOf(rs.getString("fund_source")), Money.of(rs.getBigDecimal("budget_amount")),
                        rs.getString("overall_goal"), rs.getString("annual_goal"), rs.getBoolean("requires_assessment"),
                        indicators))
                .single();
    }

    private List<Review> reviews(UUID id) {
        return jdbc.sql("SELECT * FROM targeting.review WHERE target_id = ? ORDER BY seq").param(id)
                .query((rs, n) -> {
                    Map<ReviewCriterion, String> criteria = new EnumMap<>(ReviewCriterion.class);
                    for (ReviewCriterion criterion : ReviewCriterion.values()) {
                        String text = rs.getString(criterion.name().toLowerCase());
                        if (text != null) {
                            criteria.put(criterion, text);
                        }
                    }
                    return new Review(Reviewer.valueOf(rs.getString("stage")), rs.getString("reviewer"),
                            ReviewDecision.valueOf(rs.getString("decision")), Grade.valueOf(rs.getString("grade")),
                            criteria, rs.getString("comments"), TargetStatus.valueOf(rs.getString("resulting_status")),
                            rs.getInt("revision"), rs.getTimestamp("reviewed_at").toInstant());
                }).list();
    }

    // --- the read model -----------------------------------------------------------------------------------

    private static final String FROM = " " + """
            FROM targeting.target t JOIN targeting.target_revision r ON r.target_id = t.id AND r.revision = t.revision
            WHERE t.unit_path LIKE :pattern
              AND (CAST(:year AS INT) IS NULL OR t.fiscal_year = :year)
              AND (CAST(:status AS TEXT) IS NULL OR t.status = :status)
              AND (CAST(:kind AS TEXT) IS NULL OR t.kind = :kind)
              AND (CAST(:fund AS TEXT) IS NULL OR r.fund_source = :fund)""";

    @Override
    public Page<TargetListItem> list(Scope scope, TargetFilter f, PageQuery page) {
        String status = f.status() == null ? null : f.status().name();
        String kind = f.kind() == null ? null : f.kind().name();
        String fund = f.fundSource() == null ? null : f.fundSource().name();
        List<TargetListItem> items = jdbc.sql("SELECT t.*, r.project_name, r.fund_source, r.budget_amount, "
                        + "r.indicator_count, r.quantitative_count" + FROM
                        + " ORDER BY t.fiscal_year DESC, t.unit_path, t.project_code NULLS FIRST LIMIT :limit OFFSET :offset")
                .param("pattern", like(scope)).param("year", f.fiscalYear()).param("status", status).param("kind", kind)
                .param("fund", fund).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new TargetListItem(rs.getObject("id", UUID.class), rs.getInt("fiscal_year"),
                        TargetKind.valueOf(rs.getString("kind")), rs.getString("unit_code"), rs.getString("region_code"),
                        rs.getString("project_code"), rs.getString("project_name"),
                        FundSource.valueOf(rs.getString("fund_source")), rs.getBigDecimal("budget_amount"),
                        TargetStatus.valueOf(rs.getString("status")), rs.getBoolean("barred"), rs.getInt("revision"),
                        rs.getLong("indicator_count"), rate(rs.getLong("quantitative_count"), rs.getLong("indicator_count"))))
                .list();
        long total = jdbc.sql("SELECT count(*)" + FROM)
                .param("pattern", like(scope)).param("year", f.fiscalYear()).param("status", status).param("kind", kind)
                .param("fund", fund).query(Long.class).single();
        return Page.of(items, page, total);
    }

    @Override
    public TargetStatistics statistics(Scope scope, int fiscalYear, String fundSource, String kind) {
        return jdbc.sql("""
                        SELECT count(DISTINCT t.unit_code) AS units, count(*) AS targets,
                               coalesce(sum(r.budget_amount), 0) AS budget, coalesce(sum(r.indicator_count), 0) AS indicators,
                               coalesce(sum(r.quantitative_count), 0) AS quantitative
                        FROM targeting.target t
                        JOIN targeting.target_revision r ON r.target_id = t.id AND r.revision = t.in_force_revision
                        WHERE t.in_force_revision IS NOT NULL AND t.unit_path LIKE :pattern AND t.fiscal_year = :year
                          AND (CAST(:fund AS TEXT) IS NULL OR r.fund_source = :fund)
                          AND (CAST(:kind AS TEXT) IS NULL OR t.kind = :kind)""")
                .param("pattern", like(scope)).param("year", fiscalYear).param("fund", fundSource).param("kind", kind)
                .query((rs, n) -> new TargetStatistics(rs.getLong("units"), rs.getLong("targets"),
                        Money.of(rs.getBigDecimal("budget")).yuan(), rs.getLong("indicators"), rs.getLong("quantitative"),
                        rate(rs.getLong("quantitative"), rs.getLong("indicators"))))
                .single();
    }

    @Override
    public List<TargetRevisionView> revisions(UUID targetId, Integer inForce, Integer published) {
        Map<Integer, List<TargetView.IndicatorView>> indicators = new java.util.HashMap<>();
        jdbc.sql("SELECT * FROM targeting.indicator WHERE target_id = ? ORDER BY revision, position").param(targetId)
                .query((rs, n) -> {
                    indicators.computeIfAbsent(rs.getInt("revision"), r -> new ArrayList<>()).add(indicatorView(rs));
                    return null;
                }).list();
        return jdbc.sql("SELECT * FROM targeting.target_revision WHERE target_id = ? ORDER BY revision").param(targetId)
                .query((rs, n) -> {
                    int revision = rs.getInt("revision");
                    return new TargetRevisionView(revision, Integer.valueOf(revision).equals(inForce),
                            Integer.valueOf(revision).equals(published), rs.getString("adjustment_reason"),
                            rs.getString("project_name"), BudgetCategory.valueOf(rs.getString("budget_category")),
                            FundSource.valueOf(rs.getString("fund_source")), rs.getBigDecimal("budget_amount"),
                            rs.getString("overall_goal"), rs.getString("annual_goal"),
                            rate(rs.getLong("quantitative_count"), rs.getLong("indicator_count")),
                            indicators.getOrDefault(revision, List.of()));
                }).list();
    }

    @Override
    public Page<PublicTarget> published(Scope scope, Integer fiscalYear, PageQuery page) {
        String from = " " + """
                FROM targeting.target t
                JOIN targeting.target_revision r ON r.target_id = t.id AND r.revision = t.published_revision
                WHERE t.published_revision IS NOT NULL AND t.unit_path LIKE :pattern
                  AND (CAST(:year AS INT) IS NULL OR t.fiscal_year = :year)""";
        record Row(UUID id, int revision, PublicTarget target) {
        }
        List<Row> rows = jdbc.sql("SELECT t.*, r.*" + from
                        + " ORDER BY t.fiscal_year DESC, t.unit_path, t.project_code NULLS FIRST LIMIT :limit OFFSET :offset")
                .param("pattern", like(scope)).param("year", fiscalYear).param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getInt("published_revision"),
                        new PublicTarget(rs.getObject("id", UUID.class), rs.getInt("fiscal_year"),
                                TargetKind.valueOf(rs.getString("kind")), rs.getString("unit_code"),
                                null, rs.getString("region_code"), rs.getString("project_code"),
                                rs.getString("project_name"), BudgetCategory.valueOf(rs.getString("budget_category")),
                                FundSource.valueOf(rs.getString("fund_source")), rs.getBigDecimal("budget_amount"),
                                rs.getString("overall_goal"), rs.getString("annual_goal"),
                                rs.getInt("published_revision"), List.of())))
                .list();
        long total = jdbc.sql("SELECT count(*)" + from).param("pattern", like(scope)).param("year", fiscalYear)
                .query(Long.class).single();
        if (rows.isEmpty()) {
            return Page.of(List.of(), page, total);
        }
        // the page's indicators in one query: no N+1
        Map<UUID, List<PublicTarget.PublicIndicator>> indicators = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT i.* FROM targeting.indicator i JOIN targeting.target t ON t.id = i.target_id
                        WHERE i.target_id IN (:ids) AND i.revision = t.published_revision ORDER BY i.position""")
                .param("ids", rows.stream().map(Row::id).toList())
                .query((rs, n) -> {
                    indicators.computeIfAbsent(rs.getObject("target_id", UUID.class), k -> new ArrayList<>())
                            .add(new PublicTarget.PublicIndicator(Level1.valueOf(rs.getString("level1")),
                                    Level2.valueOf(rs.getString("level2")), rs.getString("name"),
                                    Operator.valueOf(rs.getString("operator")), rs.getString("target_value"),
                                    rs.getString("unit")));
                    return null;
                }).list();
        List<PublicTarget> targets = rows.stream().map(row -> {
            PublicTarget t = row.target();
            return new PublicTarget(t.id(), t.fiscalYear(), t.kind(), t.unitCode(), t.unitName(), t.regionCode(),
                    t.projectCode(), t.projectName(), t.budgetCategory(), t.fundSource(), t.budgetAmount(),
                    t.overallGoal(), t.annualGoal(), t.revision(), indicators.getOrDefault(row.id(), List.of()));
        }).toList();
        return Page.of(targets, page, total);
    }

    private static TargetView.IndicatorView indicatorView(ResultSet rs) throws SQLException {
        return new TargetView.IndicatorView(rs.getObject("id", UUID.class), Level1.valueOf(rs.getString("level1")),
                Level2.valueOf(rs.getString("level2")), rs.getString("name"), Operator.valueOf(rs.getString("operator")),
                rs.getString("target_value"), rs.getString("unit"), Basis.valueOf(rs.getString("basis")),
                rs.getBigDecimal("weight"));
    }

    private static BigDecimal rate(long part, long whole) {
        return whole == 0 ? Rate.ZERO.percent() : Rate.ratio(part, whole).percent();
    }

    /** A scope as SQL: the {@code LIKE} pattern of its root's subtree ({@code _} escaped; it is a code character). */
    private static String like(Scope scope) {
        return scope.root().map(root -> root.toString().replace("_", "\\_") + "%").orElse("/%");
    }
}
