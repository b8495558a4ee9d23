package org.jixiao.targeting.adapter.out.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.targeting.domain.Basis;
import org.jixiao.targeting.domain.Indicator;
import org.jixiao.targeting.domain.Owner;
import org.jixiao.targeting.domain.PerformanceTarget;
import org.jixiao.targeting.domain.Review;
import org.jixiao.targeting.domain.ReviewCriterion;
import org.jixiao.targeting.domain.ReviewDecision;
import org.jixiao.targeting.domain.Reviewer;
import org.jixiao.targeting.domain.Revisions;
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
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The target repository in PostgreSQL schema {@code targeting}. Loading is two queries (the target with its
 * working revision and reviews, that revision's indicators), read into row records. Saving checks the version on
 * the target row (stale → 409), rewrites the working revision and its indicators only when its content changed
 * (indicator ids are the application's and survive), and appends the new reviews; a review or a publication
 * writes no indicator.
 */
@Repository
class TargetPersistenceAdapter implements Targets {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    TargetPersistenceAdapter(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A target row with its working revision's row. */
    record TargetRow(UUID id, int fiscalYear, TargetKind kind, String unitCode, String unitPath, String regionCode,
                     @Nullable String departmentCode, boolean departmentReviews, @Nullable String projectCode, TargetStatus status,
                     boolean barred, int revision, @Nullable Integer inForceRevision, @Nullable Integer publishedRevision,
                     Instant createdAt, long version, @Nullable String adjustmentReason, RevisionRow content) {
    }

    /** The content columns of a revision. */
    record RevisionRow(String projectName, BudgetCategory budgetCategory, FundSource fundSource,
                       BigDecimal budgetAmount, @Nullable String overallGoal, @Nullable String annualGoal, boolean requiresAssessment) {

        TargetContent toContent(List<Indicator> indicators) {
            return new TargetContent(projectName, budgetCategory, fundSource, Money.of(budgetAmount), overallGoal,
                    annualGoal, requiresAssessment, indicators);
        }
    }

    record IndicatorRow(UUID id, Level1 level1, Level2 level2, String name, Operator operator, @Nullable String targetValue,
                        @Nullable String unit, Basis basis, BigDecimal weight) {

        Indicator toIndicator() {
            return new Indicator(id, level1, level2, name, operator, targetValue, unit, basis, weight);
        }
    }

    record ReviewRow(Reviewer stage, String reviewer, ReviewDecision decision, Grade grade,
                     @Nullable String completeness, @Nullable String relevance, @Nullable String appropriateness,
                     @Nullable String feasibility, @Nullable String comments,
                     TargetStatus resultingStatus, int revision, Instant reviewedAt) {

        Review toReview() {
            Map<ReviewCriterion, String> criteria = new EnumMap<>(ReviewCriterion.class);
            criteria.put(ReviewCriterion.COMPLETENESS, completeness);
            criteria.put(ReviewCriterion.RELEVANCE, relevance);
            criteria.put(ReviewCriterion.APPROPRIATENESS, appropriateness);
            criteria.put(ReviewCriterion.FEASIBILITY, feasibility);
            return new Review(stage, reviewer, decision, grade, criteria, comments, resultingStatus, revision,
                    reviewedAt);
        }
    }

    /**
     * The target with its working revision and its reviews in one query (a row per review, the target's columns
     * repeated; one row with no review when it has none), then the working revision's indicators.
     */
    @Override
    public Optional<PerformanceTarget> find(TargetId id) {
        List<TargetRow> targets = new ArrayList<>();
        List<Review> reviews = new ArrayList<>();
        jdbc.sql("""
                        SELECT t.*, r.adjustment_reason, r.project_name, r.budget_category, r.budget_amount,
                               r.overall_goal, r.annual_goal, r.requires_assessment, v.seq, v.stage, v.reviewer,
                               v.decision, v.grade, v.completeness, v.relevance, v.appropriateness, v.feasibility,
                               v.comments, v.resulting_status, v.revision AS reviewed_revision, v.reviewed_at
                        FROM targeting.target t
                        JOIN targeting.target_revision r ON r.target_id = t.id AND r.revision = t.revision
                        LEFT JOIN targeting.review v ON v.target_id = t.id
                        WHERE t.id = ? ORDER BY v.seq""")
                .param(id.value())
                .query(rs -> {
                    if (targets.isEmpty()) {
                        targets.add(targetRow(rs));
                    }
                    if (rs.getObject("seq") != null) {
                        reviews.add(reviewRow(rs).toReview());
                    }
                });
        return targets.stream().findFirst().map(row -> PerformanceTarget.rebuild(snapshot(row, reviews)));
    }

    private static TargetRow targetRow(ResultSet rs) throws SQLException {
        return new TargetRow(rs.getObject("id", UUID.class), rs.getInt("fiscal_year"),
                TargetKind.valueOf(rs.getString("kind")), rs.getString("unit_code"), rs.getString("unit_path"),
                rs.getString("region_code"), rs.getString("department_code"), rs.getBoolean("department_reviews"),
                rs.getString("project_code"), TargetStatus.valueOf(rs.getString("status")), rs.getBoolean("barred"),
                rs.getInt("revision"), rs.getObject("in_force_revision", Integer.class),
                rs.getObject("published_revision", Integer.class), rs.getTimestamp("created_at").toInstant(),
                rs.getLong("version"), rs.getString("adjustment_reason"), revisionRow(rs));
    }

    private static ReviewRow reviewRow(ResultSet rs) throws SQLException {
        return new ReviewRow(Reviewer.valueOf(rs.getString("stage")), rs.getString("reviewer"),
                ReviewDecision.valueOf(rs.getString("decision")), Grade.valueOf(rs.getString("grade")),
                rs.getString("completeness"), rs.getString("relevance"), rs.getString("appropriateness"),
                rs.getString("feasibility"), rs.getString("comments"),
                TargetStatus.valueOf(rs.getString("resulting_status")), rs.getInt("reviewed_revision"),
                rs.getTimestamp("reviewed_at").toInstant());
    }

    private PerformanceTarget.Snapshot snapshot(TargetRow row, List<Review> reviews) {
        Owner owner = new Owner(OrgCode.of(row.unitCode()), OrgPath.parse(row.unitPath()),
                RegionCode.of(row.regionCode()),
                row.departmentCode() == null ? null : OrgCode.of(row.departmentCode()), row.departmentReviews());
        return new PerformanceTarget.Snapshot(new TargetId(row.id()), FiscalYear.of(row.fiscalYear()), row.kind(),
                owner, row.projectCode(), row.createdAt(), reviews,
                row.content().toContent(indicators(row.id(), row.revision())), row.status(), row.barred(),
                new Revisions(row.revision(), row.inForceRevision(), row.publishedRevision()), row.adjustmentReason(),
                row.version());
    }

    @Override
    public TargetContent contentOf(TargetId id, int revision) {
        return jdbc.sql("SELECT * FROM targeting.target_revision WHERE target_id = ? AND revision = ?")
                .params(id.value(), revision).query((rs, n) -> revisionRow(rs)).single()
                .toContent(indicators(id.value(), revision));
    }

    private static RevisionRow revisionRow(ResultSet rs) throws SQLException {
        return new RevisionRow(rs.getString("project_name"), BudgetCategory.valueOf(rs.getString("budget_category")),
                FundSource.valueOf(rs.getString("fund_source")), rs.getBigDecimal("budget_amount"),
                rs.getString("overall_goal"), rs.getString("annual_goal"), rs.getBoolean("requires_assessment"));
    }

    private List<Indicator> indicators(UUID id, int revision) {
        return jdbc.sql("""
                        SELECT id, level1, level2, name, operator, target_value, unit, basis, weight
                        FROM targeting.indicator WHERE target_id = ? AND revision = ? ORDER BY position""")
                .params(id, revision).query(IndicatorRow.class).stream().map(IndicatorRow::toIndicator).toList();
    }

    @Override
    public long save(PerformanceTarget t) {
        long version = t.version() + 1;
        UUID id = t.getId().value();
        Revisions revisions = t.revisions();
        try {
            if (t.version() == 0) {
                jdbc.sql("""
                        INSERT INTO targeting.target (id, fiscal_year, kind, unit_code, unit_path, region_code,
                            department_code, department_reviews, project_code, status, barred, revision,
                            in_force_revision, published_revision, created_at, version, fund_source)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(Arrays.asList(id, t.fiscalYear().value(), t.kind().name(), t.owner().code().value(),
                                t.owner().path().toString(), t.owner().region().value(),
                                t.owner().department() == null ? null : t.owner().department().value(),
                                t.owner().departmentReviews(), t.projectCode(), t.status().name(), t.barred(),
                                revisions.working(), revisions.inForce(), revisions.published(),
                                Timestamp.from(t.createdAt()), version, t.content().fundSource().name()))
                        .update();
            } else if (jdbc.sql("""
                            UPDATE targeting.target SET status = ?, barred = ?, revision = ?, in_force_revision = ?,
                                published_revision = ?, version = ?, fund_source = ? WHERE id = ? AND version = ?""")
                    .params(Arrays.asList(t.status().name(), t.barred(), revisions.working(), revisions.inForce(),
                            revisions.published(), version, t.content().fundSource().name(), id, t.version()))
                    .update() == 0) {
                throw new StateConflictException("problem.staleVersion", t.status().name());
            }
        } catch (DuplicateKeyException e) {
            throw new StateConflictException("target.duplicate", null, t.owner().code().value(),
                    t.projectCode() == null ? "—" : t.projectCode(), t.fiscalYear().value());
        }
        if (t.contentChanged()) {
            writeWorkingRevision(t);
        }
        appendReviews(t);
        return version;
    }

    private void writeWorkingRevision(PerformanceTarget t) {
        UUID id = t.getId().value();
        TargetContent c = t.content();
        if (t.version() > 0) {
            jdbc.sql("DELETE FROM targeting.indicator WHERE target_id = ? AND revision = ?").params(id, t.revision())
                    .update();
        }
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
                .params(Arrays.asList(id, t.revision(), c.projectName(), c.budgetCategory().name(),
                        c.fundSource().name(), c.budgetAmount().yuan(), c.overallGoal(), c.annualGoal(),
                        c.requiresAssessment(), c.indicators().size(), c.quantitativeIndicators(), t.adjustmentReason()))
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

    private void appendReviews(PerformanceTarget t) {
        List<Review> added = t.newReviews();
        int seq = t.reviews().size() - added.size();
        List<Object[]> rows = new ArrayList<>();
        for (Review r : added) {
            rows.add(new Object[] {t.getId().value(), seq++, r.revision(), r.stage().name(), r.reviewer(),
                    r.decision().name(), r.grade().name(), r.criteria().get(ReviewCriterion.COMPLETENESS),
                    r.criteria().get(ReviewCriterion.RELEVANCE), r.criteria().get(ReviewCriterion.APPROPRIATENESS),
                    r.criteria().get(ReviewCriterion.FEASIBILITY), r.comments(), r.resultingStatus().name(),
                    Timestamp.from(r.reviewedAt())});
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate("""
                    INSERT INTO targeting.review (target_id, seq, revision, stage, reviewer, decision, grade,
                        completeness, relevance, appropriateness, feasibility, comments, resulting_status, reviewed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        }
    }
}
