package org.jixiao.targeting.adapter.out.persistence;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.jixiao.sharedkernel.Cursor;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.Rate;
import org.jixiao.sharedkernel.access.Scope;
import org.jixiao.sharedkernel.events.EventHeader;
import org.jixiao.targeting.domain.Basis;
import org.jixiao.targeting.domain.TargetStatus;
import org.jixiao.targeting.events.BudgetCategory;
import org.jixiao.targeting.events.FundSource;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jixiao.targeting.events.TargetApproved;
import org.jixiao.targeting.events.TargetKind;
import org.jixiao.targeting.port.in.PublicTarget;
import org.jixiao.targeting.port.in.TargetListItem;
import org.jixiao.targeting.port.in.TargetQueries.TargetFilter;
import org.jixiao.targeting.port.in.TargetRevisionView;
import org.jixiao.targeting.port.in.TargetStatistics;
import org.jixiao.targeting.port.in.TargetView;
import org.jixiao.targeting.port.out.TargetReadModel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * The set-based reads over targets in schema {@code targeting}: lists and the public listing along the list index
 * with their totals from the summary, statistics from the summary, and a target's revisions; each filtered by the
 * range of the subtree's unit paths.
 */
@Repository
class TargetReadModelAdapter implements TargetReadModel {

    private final JdbcClient jdbc;

    TargetReadModelAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The list order, as the index {@code target_list_idx} (and {@code target_published_idx}) holds it: year
     * descending, unit path, project code with the overall target (no code) first. A cursor is these three values.
     */
    private static final String ORDER = "-t.fiscal_year, t.unit_path, COALESCE(t.project_code, '')";

    /** What a list filters on besides the subtree and the year; {@code null}: any. */
    private record Filters(@Nullable String status, @Nullable String kind, @Nullable String fund) {

        static final Filters NONE = new Filters(null, null, null);
    }

    /** One year's part of a page: rows of {@code year} from {@code offset} or after {@code after}, {@code limit} at most. */
    private record Slice(int year, long offset, int limit, @Nullable Cursor after) {
    }

    /**
     * The ids of a slice of a page, in the list order, read from the list index alone (its INCLUDE columns hold the
     * filters), so rows passed over by OFFSET cost an index entry each: the conditions of the filters present and
     * only those (a condition for an absent filter, {@code :x IS NULL OR ...}, would leave PostgreSQL a generic plan
     * that can use no index). {@code -t.fiscal_year} is the indexed form of the year. After a cursor, the cursor
     * is where the index range starts (the subtree's start would hide it from the scan's start position).
     */
    private static String pageIds(String always, Filters f, Slice slice) {
        return "(SELECT t.id FROM targeting.target t WHERE " + always
                + " AND -t.fiscal_year = :negYear AND t.unit_path < :to"
                + (slice.after() == null ? " AND t.unit_path >= :from"
                        : " AND (t.unit_path, COALESCE(t.project_code, '')) > (:afterPath, :afterCode)")
                + (f.status() == null ? "" : " AND t.status = :status")
                + (f.kind() == null ? "" : " AND t.kind = :kind")
                + (f.fund() == null ? "" : " AND t.fund_source = :fund")
                + " ORDER BY " + ORDER + " LIMIT :limit OFFSET :offset) page JOIN targeting.target t ON t.id = page.id";
    }

    /**
     * Binds the parameters {@link #pageIds} may name (one it did not name is ignored). A cursor that lies before
     * the subtree is not one of this list's: a 400.
     */
    private static StatementSpec bind(StatementSpec sql, Scope scope, Filters f, Slice slice) {
        sql = subtree(sql, scope).param("negYear", -slice.year()).param("status", f.status()).param("kind", f.kind())
                .param("fund", f.fund()).param("limit", slice.limit()).param("offset", slice.offset());
        Cursor after = slice.after();
        if (after != null) {
            List<String> keys = after.keys(3);
            if (keys.get(1).compareTo(scope.paths().from()) < 0) {
                throw InvalidInputException.of("after", "page.badCursor");
            }
            sql = sql.param("afterPath", keys.get(1)).param("afterCode", keys.get(2));
        }
        return sql;
    }

    /** The cursor after a row: its values of {@link #ORDER}. */
    private static Cursor cursor(ResultSet rs) throws SQLException {
        String code = rs.getString("project_code");
        return Cursor.of(String.valueOf(rs.getInt("fiscal_year")), rs.getString("unit_path"), code == null ? "" : code);
    }

    /** An item of a page with the cursor after it. */
    private record Keyed<T>(T item, Cursor key) {
    }

    private record YearTotal(int year, long total) {
    }

    /**
     * A list's total per year, newest first (only {@code year} when given), from the per-unit counts
     * ({@code target_count}, kept by triggers): one row per unit and year of the subtree, '*' for a filter not given.
     */
    private List<YearTotal> totals(String column, Scope scope, @Nullable Integer year, Filters f) {
        String sql = "SELECT fiscal_year, sum(" + column + ") AS total FROM targeting.target_count"
                + " WHERE status = :status AND kind = :kind AND fund_source = :fund"
                + " AND unit_path >= :from AND unit_path < :to" + (year == null ? "" : " AND fiscal_year = :year")
                + " GROUP BY fiscal_year HAVING sum(" + column + ") > 0 ORDER BY fiscal_year DESC";
        return subtree(jdbc.sql(sql), scope).param("status", f.status() == null ? "*" : f.status())
                .param("kind", f.kind() == null ? "*" : f.kind()).param("fund", f.fund() == null ? "*" : f.fund())
                .param("year", year).query((rs, n) -> new YearTotal(rs.getInt("fiscal_year"), rs.getLong("total")))
                .list();
    }

    /**
     * A page read year by year along the index, newest year first: the years before the page's first row are
     * passed over by their totals, never read, and each year is one range of the index. (One scan of the index
     * across years would step over every other subtree's rows of each year on its way.) One row more than the page
     * holds is read, for the next cursor.
     */
    private static <T> Page<T> page(List<YearTotal> years, PageQuery page, Function<Slice, List<Keyed<T>>> read) {
        Cursor after = page.after();
        Integer afterYear = after == null ? null
                : InvalidInputException.forField("after", () -> Integer.valueOf(after.keys(3).get(0)));
        List<Keyed<T>> rows = new ArrayList<>();
        long skip = page.offset();
        for (YearTotal year : years) {
            if (rows.size() > page.size()) {
                break;
            }
            if (afterYear != null && year.year() > afterYear) {
                continue; // before the cursor
            }
            if (skip >= year.total()) {
                skip -= year.total();
                continue;
            }
            rows.addAll(read.apply(new Slice(year.year(), skip, page.size() + 1 - rows.size(),
                    Integer.valueOf(year.year()).equals(afterYear) ? after : null)));
            skip = 0;
        }
        return Page.ofOneMore(rows, page, years.stream().mapToLong(YearTotal::total).sum(), Keyed::key)
                .map(Keyed::item);
    }

    @Override
    public Page<TargetListItem> list(Scope scope, TargetFilter f, PageQuery page) {
        Filters filters = new Filters(f.status() == null ? null : f.status().name(),
                f.kind() == null ? null : f.kind().name(), f.fundSource() == null ? null : f.fundSource().name());
        return page(totals("targets", scope, f.fiscalYear(), filters), page, slice -> bind(jdbc.sql("""
                        SELECT t.*, r.project_name, r.budget_amount, r.indicator_count, r.quantitative_count FROM """
                        + pageIds("TRUE", filters, slice)
                        + " JOIN targeting.target_revision r ON r.target_id = t.id AND r.revision = t.revision"
                        + " ORDER BY " + ORDER), scope, filters, slice)
                .query((rs, n) -> new Keyed<>(new TargetListItem(rs.getObject("id", UUID.class), rs.getInt("fiscal_year"),
                        TargetKind.valueOf(rs.getString("kind")), rs.getString("unit_code"), rs.getString("region_code"),
                        rs.getString("project_code"), rs.getString("project_name"),
                        FundSource.valueOf(rs.getString("fund_source")), rs.getBigDecimal("budget_amount"),
                        TargetStatus.valueOf(rs.getString("status")), rs.getBoolean("barred"), rs.getInt("revision"),
                        rs.getLong("indicator_count"), rate(rs.getLong("quantitative_count"), rs.getLong("indicator_count"))),
                        cursor(rs)))
                .list());
    }

    /** From the per-unit sums of the targets in force ({@code target_in_force}, kept by triggers). */
    @Override
    public TargetStatistics statistics(Scope scope, int fiscalYear, @Nullable String fundSource, @Nullable String kind) {
        return subtree(jdbc.sql("""
                        SELECT count(*) FILTER (WHERE targets > 0) AS units, coalesce(sum(targets), 0) AS targets,
                               coalesce(sum(budget), 0) AS budget, coalesce(sum(indicators), 0) AS indicators,
                               coalesce(sum(quantitative), 0) AS quantitative
                        FROM targeting.target_in_force
                        WHERE kind = :kind AND fund_source = :fund AND fiscal_year = :year
                          AND unit_path >= :from AND unit_path < :to"""), scope)
                .param("year", fiscalYear).param("fund", fundSource == null ? "*" : fundSource)
                .param("kind", kind == null ? "*" : kind)
                .query((rs, n) -> new TargetStatistics(rs.getLong("units"), rs.getLong("targets"),
                        Money.of(rs.getBigDecimal("budget")).yuan(), rs.getLong("indicators"), rs.getLong("quantitative"),
                        rate(rs.getLong("quantitative"), rs.getLong("indicators"))))
                .single();
    }

    @Override
    public List<TargetRevisionView> revisions(UUID targetId, @Nullable Integer inForce, @Nullable Integer published) {
        Map<Integer, List<TargetView.IndicatorView>> indicators = new HashMap<>();
        jdbc.sql("SELECT * FROM targeting.indicator WHERE target_id = ? ORDER BY revision, position").param(targetId)
                .query(rs -> {
                    indicators.computeIfAbsent(rs.getInt("revision"), r -> new ArrayList<>()).add(indicatorView(rs));
                });
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
    public Page<PublicTarget> published(Scope scope, @Nullable Integer fiscalYear, PageQuery page) {
        record Row(UUID id, int revision, PublicTarget target) {
        }
        Page<Row> rowPage = page(totals("published", scope, fiscalYear, Filters.NONE), page, slice -> bind(jdbc.sql("""
                        SELECT t.id, t.fiscal_year, t.kind, t.unit_code, t.unit_path, t.region_code, t.project_code,
                               t.published_revision, r.project_name, r.budget_category, r.fund_source, r.budget_amount,
                               r.overall_goal, r.annual_goal FROM """
                        + pageIds("t.published_revision IS NOT NULL", Filters.NONE, slice)
                        + " JOIN targeting.target_revision r ON r.target_id = t.id AND r.revision = t.published_revision"
                        + " ORDER BY " + ORDER), scope, Filters.NONE, slice)
                .query((rs, n) -> new Keyed<>(new Row(rs.getObject("id", UUID.class), rs.getInt("published_revision"),
                        new PublicTarget(rs.getObject("id", UUID.class), rs.getInt("fiscal_year"),
                                TargetKind.valueOf(rs.getString("kind")), rs.getString("unit_code"),
                                null, rs.getString("region_code"), rs.getString("project_code"),
                                rs.getString("project_name"), BudgetCategory.valueOf(rs.getString("budget_category")),
                                FundSource.valueOf(rs.getString("fund_source")), rs.getBigDecimal("budget_amount"),
                                rs.getString("overall_goal"), rs.getString("annual_goal"),
                                rs.getInt("published_revision"), List.of())), cursor(rs)))
                .list());
        List<Row> rows = rowPage.content();
        if (rows.isEmpty()) {
            return rowPage.map(Row::target);
        }
        // the page's indicators in one query: no N+1
        Map<UUID, List<PublicTarget.PublicIndicator>> indicators = new HashMap<>();
        jdbc.sql("""
                        SELECT i.* FROM targeting.indicator i JOIN targeting.target t ON t.id = i.target_id
                        WHERE i.target_id IN (:ids) AND i.revision = t.published_revision ORDER BY i.position""")
                .param("ids", rows.stream().map(Row::id).toList())
                .query(rs -> {
                    indicators.computeIfAbsent(rs.getObject("target_id", UUID.class), k -> new ArrayList<>())
                            .add(new PublicTarget.PublicIndicator(Level1.valueOf(rs.getString("level1")),
                                    Level2.valueOf(rs.getString("level2")), rs.getString("name"),
                                    Operator.valueOf(rs.getString("operator")), rs.getString("target_value"),
                                    rs.getString("unit")));
                });
        return rowPage.map(row -> {
            PublicTarget t = row.target();
            return new PublicTarget(t.id(), t.fiscalYear(), t.kind(), t.unitCode(), t.unitName(), t.regionCode(),
                    t.projectCode(), t.projectName(), t.budgetCategory(), t.fundSource(), t.budgetAmount(),
                    t.overallGoal(), t.annualGoal(), t.revision(), indicators.getOrDefault(row.id(), List.of()));
        });
    }

    @Override
    public List<TargetApproved> inForce(Scope scope, @Nullable UUID after, int limit) {
        String sql = """
                        SELECT t.id, t.fiscal_year, t.kind, t.unit_code, t.unit_path, t.region_code, t.department_code,
                               t.project_code, t.in_force_revision, t.version, r.project_name, r.budget_category,
                               r.fund_source, r.budget_amount,
                               (SELECT max(v.reviewed_at) FROM targeting.review v WHERE v.target_id = t.id
                                  AND v.revision = t.in_force_revision AND v.resulting_status = 'APPROVED') AS approved_at,
                               (SELECT max(v.revision) FROM targeting.review v WHERE v.target_id = t.id
                                  AND v.revision < t.in_force_revision AND v.resulting_status = 'APPROVED') AS replaced
                        FROM targeting.target t
                        JOIN targeting.target_revision r ON r.target_id = t.id AND r.revision = t.in_force_revision
                        WHERE t.in_force_revision IS NOT NULL AND t.unit_path >= :from AND t.unit_path < :to
                        """ + (after == null ? "" : " AND t.id > :after") + " ORDER BY t.id LIMIT :limit";
        StatementSpec query = subtree(jdbc.sql(sql), scope).param("limit", limit);
        if (after != null) {
            query = query.param("after", after);
        }
        List<TargetApproved> approvals = query
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    int revision = rs.getInt("in_force_revision");
                    EventHeader header = new EventHeader(
                            UUID.nameUUIDFromBytes(("TargetApproved:" + id + ":" + revision).getBytes(UTF_8)),
                            rs.getTimestamp("approved_at").toInstant(), rs.getInt("fiscal_year"), rs.getString("region_code"),
                            rs.getString("unit_code"), rs.getString("unit_path"), id, rs.getLong("version"));
                    return new TargetApproved(header, revision, rs.getObject("replaced", Integer.class),
                            TargetKind.valueOf(rs.getString("kind")), rs.getString("department_code"),
                            rs.getString("project_code"), rs.getString("project_name"),
                            BudgetCategory.valueOf(rs.getString("budget_category")),
                            FundSource.valueOf(rs.getString("fund_source")), rs.getBigDecimal("budget_amount"),
                            List.of());
                }).list();
        if (approvals.isEmpty()) {
            return List.of();
        }
        // the page's indicators in one query: no N+1
        Map<UUID, List<TargetApproved.ApprovedIndicator>> indicators = new HashMap<>();
        jdbc.sql("""
                        SELECT i.* FROM targeting.indicator i JOIN targeting.target t ON t.id = i.target_id
                        WHERE i.target_id IN (:ids) AND i.revision = t.in_force_revision ORDER BY i.position""")
                .param("ids", approvals.stream().map(a -> a.header().aggregateId()).toList())
                .query((rs, n) -> indicators.computeIfAbsent(rs.getObject("target_id", UUID.class), k -> new ArrayList<>())
                        .add(new TargetApproved.ApprovedIndicator(rs.getObject("id", UUID.class),
                                Level1.valueOf(rs.getString("level1")), Level2.valueOf(rs.getString("level2")),
                                rs.getString("name"), Operator.valueOf(rs.getString("operator")),
                                rs.getString("target_value"), rs.getString("unit"), rs.getBigDecimal("weight"))))
                .list();
        return approvals.stream().map(a -> new TargetApproved(a.header(), a.revision(), a.replacedRevision(), a.kind(),
                a.departmentCode(), a.projectCode(), a.projectName(), a.budgetCategory(), a.fundSource(),
                a.budgetAmount(), indicators.getOrDefault(a.header().aggregateId(), List.of()))).toList();
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

    /** A scope as SQL: the range of its paths, {@code :from <= unit_path < :to} (collation "C"). */
    private static StatementSpec subtree(StatementSpec sql, Scope scope) {
        return sql.param("from", scope.paths().from()).param("to", scope.paths().until());
    }
}
