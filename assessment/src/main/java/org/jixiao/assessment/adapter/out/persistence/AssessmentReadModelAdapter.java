package org.jixiao.assessment.adapter.out.persistence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jixiao.assessment.api.ExAnteAssessments.ConcludedAssessment;
import org.jixiao.assessment.domain.AssessmentStatus;
import org.jixiao.assessment.events.AssessmentKind;
import org.jixiao.assessment.events.Conclusion;
import org.jixiao.assessment.port.in.AssessmentListItem;
import org.jixiao.assessment.port.in.AssessmentStatistics;
import org.jixiao.assessment.port.out.AssessmentReadModel;
import org.jixiao.sharedkernel.Cursor;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.Rounding;
import org.jixiao.sharedkernel.Score;
import org.jixiao.sharedkernel.access.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * The set-based reads over assessments in schema {@code assessment}: lists and statistics, each a single query
 * filtered by the owning unit's path, and the facts targeting's gate asks for.
 */
@Repository
class AssessmentReadModelAdapter implements AssessmentReadModel {

    private final JdbcClient jdbc;

    AssessmentReadModelAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The list order, as the index {@code assessment_list_idx} holds it. A cursor is these four values. */
    private static final String ORDER = "-a.fiscal_year, a.unit_path, a.project_code, a.id";

    /**
     * The conditions of the filters present, and only those (a condition for an absent filter, {@code :x IS NULL
     * OR ...}, would leave PostgreSQL a generic plan that can use no index); {@code -a.fiscal_year} is the indexed
     * form of the year. After a cursor within a year, the cursor is where the index range starts (the subtree's
     * start would hide it from the scan's start position; the cursor is checked to lie in the subtree). Across
     * years the subtree's start stays a condition: the next year's rows begin before it.
     */
    private static String where(@Nullable Integer year, @Nullable String conclusion, @Nullable String expert,
            @Nullable Cursor after) {
        boolean cursorInYear = after != null && year != null;
        return " WHERE a.unit_path < :to"
                + (year == null ? "" : " AND -a.fiscal_year = :negYear")
                + (cursorInYear ? " AND (a.unit_path, a.project_code, a.id) > (:afterPath, :afterCode, :afterId)"
                        : " AND a.unit_path >= :from")
                + (after != null && year == null ? " AND (" + ORDER + ") > (:afterYear, :afterPath, :afterCode, :afterId)" : "")
                + (conclusion == null ? "" : " AND a.conclusion = :conclusion")
                + (expert == null ? "" : " AND EXISTS (SELECT 1 FROM assessment.assignment x"
                        + " WHERE x.assessment_id = a.id AND x.username = :expert)");
    }

    /**
     * Binds what {@link #where} may name (a name it did not use is ignored). A cursor before the subtree, or of
     * another year than the one filtered on, is not one of this list's: a 400.
     */
    private static StatementSpec bind(StatementSpec sql, Scope scope, @Nullable Integer year,
            @Nullable String conclusion, @Nullable String expert, @Nullable Cursor after) {
        Scope.Paths paths = scope.paths();
        sql = sql.param("from", paths.from()).param("to", paths.until())
                .param("negYear", year == null ? null : -year).param("conclusion", conclusion).param("expert", expert);
        if (after != null) {
            List<String> keys = after.keys(4);
            int afterYear = InvalidInputException.forField("after", () -> Integer.parseInt(keys.get(0)));
            if (keys.get(1).compareTo(paths.from()) < 0 || year != null && afterYear != -year) {
                throw InvalidInputException.of("after", "page.badCursor");
            }
            sql = sql.param("afterYear", afterYear).param("afterPath", keys.get(1)).param("afterCode", keys.get(2))
                    .param("afterId", InvalidInputException.forField("after", () -> UUID.fromString(keys.get(3))));
        }
        return sql;
    }

    private record Keyed(AssessmentListItem item, Cursor key) {
    }

    @Override
    public Page<AssessmentListItem> list(Scope scope, @Nullable String assignedTo, @Nullable Integer fiscalYear,
            @Nullable Conclusion conclusion,
            PageQuery page) {
        String conclusionName = conclusion == null ? null : conclusion.name();
        List<Keyed> rows = bind(jdbc.sql("SELECT a.* FROM assessment.assessment a"
                        + where(fiscalYear, conclusionName, assignedTo, page.after())
                        + " ORDER BY " + ORDER + " LIMIT :limit OFFSET :offset"),
                scope, fiscalYear, conclusionName, assignedTo, page.after())
                .param("limit", page.size() + 1).param("offset", page.after() == null ? page.offset() : 0)
                .query((rs, n) -> new Keyed(new AssessmentListItem(rs.getObject("id", UUID.class), rs.getInt("fiscal_year"),
                        AssessmentKind.valueOf(rs.getString("kind")), rs.getString("unit_code"),
                        rs.getString("region_code"), rs.getString("project_code"), rs.getString("project_name"),
                        rs.getBigDecimal("requested_amount"), AssessmentStatus.valueOf(rs.getString("status")),
                        rs.getBigDecimal("total_score"),
                        rs.getString("grade") == null ? null : Grade.valueOf(rs.getString("grade")),
                        rs.getString("conclusion") == null ? null : Conclusion.valueOf(rs.getString("conclusion"))),
                        Cursor.of(String.valueOf(-rs.getInt("fiscal_year")), rs.getString("unit_path"),
                                rs.getString("project_code"), rs.getString("id"))))
                .list();
        long total = bind(jdbc.sql("SELECT count(*) FROM assessment.assessment a"
                        + where(fiscalYear, conclusionName, assignedTo, null)),
                scope, fiscalYear, conclusionName, assignedTo, null).query(Long.class).single();
        return Page.ofOneMore(rows, page, total, Keyed::key).map(Keyed::item);
    }

    @Override
    public AssessmentStatistics statistics(Scope scope, @Nullable String assignedTo, @Nullable String regionCode,
            int fiscalYear) {
        record Group(boolean total, @Nullable String conclusion, @Nullable String grade, long count, long units,
                     BigDecimal amount,
                     BigDecimal scores, long scored) {
        }
        List<Group> groups = bind(jdbc.sql("""
                        SELECT GROUPING(a.conclusion, a.grade) = 3 AS total, a.conclusion, a.grade, count(*) AS assessments, count(DISTINCT a.unit_code) AS units,
                               coalesce(sum(a.requested_amount), 0) AS amount, coalesce(sum(a.total_score), 0) AS scores,
                               count(a.total_score) AS scored
                        FROM assessment.assessment a""" + where(fiscalYear, null, assignedTo, null)
                        + " GROUP BY GROUPING SETS ((a.conclusion, a.grade), ())"),
                scope, fiscalYear, null, assignedTo, null)
                .query((rs, n) -> new Group(rs.getBoolean("total"), rs.getString("conclusion"), rs.getString("grade"), rs.getLong("assessments"),
                        rs.getLong("units"), rs.getBigDecimal("amount"), rs.getBigDecimal("scores"), rs.getLong("scored")))
                .list();
        Group all = groups.stream().filter(Group::total).findFirst()
                .orElse(new Group(true, null, null, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0));
        List<Group> parts = groups.stream().filter(group -> !group.total()).toList();
        List<AssessmentStatistics.ByConclusion> byConclusion = new ArrayList<>();
        for (Conclusion conclusion : Conclusion.values()) {
            List<Group> matching = parts.stream().filter(g -> conclusion.name().equals(g.conclusion())).toList();
            byConclusion.add(new AssessmentStatistics.ByConclusion(conclusion,
                    matching.stream().mapToLong(Group::count).sum(),
                    matching.stream().map(Group::amount).reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
        List<AssessmentStatistics.ByGrade> byGrade = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            byGrade.add(new AssessmentStatistics.ByGrade(grade,
                    parts.stream().filter(g -> grade.name().equals(g.grade())).mapToLong(Group::count).sum()));
        }
        BigDecimal average = all.scored() == 0 ? null
                : Score.rounded(Rounding.divide(all.scores(), BigDecimal.valueOf(all.scored()))).points();
        return new AssessmentStatistics(regionCode, fiscalYear, all.count(), all.units(), Money.of(all.amount()).yuan(),
                all.scored(), average, byConclusion, byGrade);
    }

    @Override
    public boolean exists(String unitCode, String projectCode, int fiscalYear) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM assessment.assessment
                                       WHERE unit_code = ? AND project_code = ? AND fiscal_year = ?)""")
                .params(unitCode, projectCode, fiscalYear).query(Boolean.class).single();
    }

    @Override
    public Optional<ConcludedAssessment> latestConclusion(String unitCode, String projectCode, int fiscalYear) {
        return jdbc.sql("""
                        SELECT id, conclusion, total_score FROM assessment.assessment
                        WHERE unit_code = ? AND project_code = ? AND fiscal_year = ? AND status = 'CONCLUDED'
                        ORDER BY concluded_at DESC LIMIT 1""")
                .params(unitCode, projectCode, fiscalYear)
                .query((rs, n) -> new ConcludedAssessment(rs.getObject("id", UUID.class),
                        Conclusion.valueOf(rs.getString("conclusion")), rs.getBigDecimal("total_score")))
                .optional();
    }
}
