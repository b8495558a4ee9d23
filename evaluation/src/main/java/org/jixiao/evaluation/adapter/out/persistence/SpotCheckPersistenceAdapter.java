package org.jixiao.evaluation.adapter.out.persistence;

import static org.jixiao.evaluation.adapter.out.persistence.SqlArrays.array;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jixiao.evaluation.domain.SpotCheck;
import org.jixiao.evaluation.domain.SpotCheckId;
import org.jixiao.evaluation.domain.SpotCheckItem;
import org.jixiao.evaluation.domain.SpotChecks;
import org.jixiao.evaluation.events.SpotCheckFlagged;
import org.jixiao.evaluation.port.in.SpotCheckListItem;
import org.jixiao.evaluation.port.out.SpotCheckReadModel;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.access.Scope;
import org.jixiao.sharedkernel.events.EventHeader;
import org.jixiao.sharedkernel.rules.AppliedRule;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** The spot checks in schema evaluation: a check with its items, loaded in two queries and saved in three. */
@Repository
class SpotCheckPersistenceAdapter implements SpotChecks, SpotCheckReadModel {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ObjectReader appliedRulesReader;

    SpotCheckPersistenceAdapter(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.appliedRulesReader = json.readerFor(new TypeReference<List<AppliedRule>>() {
        }).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    @Override
    public Map<UUID, SpotCheckItem> population(FiscalYear year, OrgPath region) {
        Scope.Paths paths = Scope.subtree(region).paths();
        Map<UUID, SpotCheckItem> population = new HashMap<>();
        jdbc.sql("""
                        SELECT target_id, unit_code, unit_path, project_code, project_name, self_score
                        FROM evaluation.self_evaluation
                        WHERE fiscal_year = ? AND unit_path >= ? AND unit_path < ? AND status = 'SUBMITTED'""")
                .params(year.value(), paths.from(), paths.until())
                .query(rs -> {
                    UUID target = rs.getObject("target_id", UUID.class);
                    population.put(target, SpotCheckItem.drawn(target, rs.getString("unit_code"),
                            OrgPath.parse(rs.getString("unit_path")), rs.getString("project_code"),
                            rs.getString("project_name"), rs.getBigDecimal("self_score")));
                });
        return population;
    }

    @Override
    public Optional<SpotCheck> find(SpotCheckId id) {
        List<SpotCheckItem> items = jdbc.sql("SELECT * FROM evaluation.spot_check_item WHERE spot_check_id = ? "
                        + "ORDER BY position").param(id.value())
                .query((rs, n) -> {
                    Timestamp reviewed = rs.getTimestamp("reviewed_at");
                    return new SpotCheckItem(rs.getObject("target_id", UUID.class), rs.getString("unit_code"),
                            OrgPath.parse(rs.getString("unit_path")), rs.getString("project_code"),
                            rs.getString("project_name"), rs.getBigDecimal("self_score"),
                            rs.getBigDecimal("review_score"), rs.getString("opinion"), rs.getBigDecimal("gap"),
                            rs.getBoolean("flagged"), rs.getString("reviewed_by"),
                            reviewed == null ? null : reviewed.toInstant());
                }).list();
        return jdbc.sql("SELECT * FROM evaluation.spot_check WHERE id = ?").param(id.value())
                .query((rs, n) -> SpotCheck.rebuild(new SpotCheck.Snapshot(id, FiscalYear.of(rs.getInt("fiscal_year")),
                        RegionCode.of(rs.getString("region_code")), OrgPath.parse(rs.getString("region_path")),
                        rs.getBigDecimal("ratio"), rs.getLong("seed"), rs.getInt("population"),
                        rs.getBigDecimal("gap_threshold"), appliedRulesReader.readValue(rs.getString("applied_rules")),
                        items, rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                        rs.getLong("version"))))
                .optional();
    }

    @Override
    public long save(SpotCheck check) {
        SpotCheck.Snapshot s = check.snapshot();
        long version = s.version() + 1;
        int written = s.version() == 0
                ? jdbc.sql("""
                        INSERT INTO evaluation.spot_check VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS JSONB), ?, ?, ?)""")
                .params(s.id().value(), s.fiscalYear().value(), s.region().value(), s.regionPath().toString(),
                        s.ratio(), s.seed(), s.population(), s.gapThreshold(), json.writeValueAsString(s.appliedRules()),
                        s.createdBy(), Timestamp.from(s.createdAt()), version)
                .update()
                : jdbc.sql("UPDATE evaluation.spot_check SET version = ? WHERE id = ? AND version = ?")
                .params(version, s.id().value(), s.version()).update();
        if (written == 0) {
            throw new StateConflictException("problem.staleVersion", "DRAWN");
        }
        record Line(int position, SpotCheckItem item) {
        }
        List<Line> lines = new ArrayList<>();
        for (int k = 0; k < s.items().size(); k++) {
            lines.add(new Line(k, s.items().get(k)));
        }
        jdbc.sql("DELETE FROM evaluation.spot_check_item WHERE spot_check_id = ?").param(s.id().value()).update();
        jdbc.sql("""
                        INSERT INTO evaluation.spot_check_item
                        SELECT ?, * FROM unnest(?::int[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::numeric[], ?::numeric[], ?::text[], ?::numeric[], ?::boolean[], ?::text[],
                            ?::timestamptz[])""")
                .params(Arrays.asList(s.id().value(), array("int4", lines, Line::position),
                        array("uuid", lines, l -> l.item().targetId()), array("text", lines, l -> l.item().unitCode()),
                        array("text", lines, l -> l.item().unitPath().toString()),
                        array("text", lines, l -> l.item().projectCode()),
                        array("text", lines, l -> l.item().projectName()),
                        array("numeric", lines, l -> l.item().selfScore()),
                        array("numeric", lines, l -> l.item().reviewScore()),
                        array("text", lines, l -> l.item().opinion()), array("numeric", lines, l -> l.item().gap()),
                        array("bool", lines, l -> l.item().flagged()), array("text", lines, l -> l.item().reviewedBy()),
                        array("timestamptz", lines, l -> l.item().reviewedAt() == null ? null
                                : Timestamp.from(l.item().reviewedAt()))))
                .update();
        return version;
    }

    @Override
    public Page<SpotCheckListItem> list(Scope scope, @Nullable Integer fiscalYear, PageQuery page) {
        Scope.Paths paths = scope.paths();
        String where = " WHERE c.region_path >= :from AND c.region_path < :until"
                + (fiscalYear == null ? "" : " AND c.fiscal_year = :year");
        long total = jdbc.sql("SELECT count(*) FROM evaluation.spot_check c" + where).param("from", paths.from())
                .param("until", paths.until()).param("year", fiscalYear).query(Long.class).single();
        List<SpotCheckListItem> rows = jdbc.sql("""
                        SELECT c.*, (SELECT count(*) FROM evaluation.spot_check_item i WHERE i.spot_check_id = c.id) AS size,
                               (SELECT count(*) FROM evaluation.spot_check_item i
                                WHERE i.spot_check_id = c.id AND i.review_score IS NOT NULL) AS reviewed,
                               (SELECT count(*) FROM evaluation.spot_check_item i
                                WHERE i.spot_check_id = c.id AND i.flagged) AS flagged
                        FROM evaluation.spot_check c""" + where
                        + " ORDER BY c.created_at DESC, c.id LIMIT :limit OFFSET :offset")
                .param("from", paths.from()).param("until", paths.until()).param("year", fiscalYear)
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new SpotCheckListItem(rs.getObject("id", UUID.class), rs.getInt("fiscal_year"),
                        rs.getString("region_code"), rs.getBigDecimal("ratio"), rs.getLong("seed"),
                        rs.getInt("population"), rs.getInt("size"), rs.getInt("reviewed"), rs.getInt("flagged"),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()))
                .list();
        return Page.of(rows, page, total);
    }

    @Override
    public List<SpotCheckFlagged> flagged(Scope scope, @Nullable UUID afterCheck, @Nullable UUID afterTarget,
            int limit) {
        Scope.Paths paths = scope.paths();
        return jdbc.sql("""
                        SELECT i.*, c.fiscal_year, c.region_code, c.gap_threshold, c.version
                        FROM evaluation.spot_check_item i JOIN evaluation.spot_check c ON c.id = i.spot_check_id
                        WHERE i.flagged AND i.unit_path >= :from AND i.unit_path < :until
                          AND (CAST(:check AS UUID) IS NULL
                               OR (i.spot_check_id, i.target_id) > (CAST(:check AS UUID), CAST(:target AS UUID)))
                        ORDER BY i.spot_check_id, i.target_id LIMIT :limit""")
                .param("from", paths.from()).param("until", paths.until()).param("check", afterCheck)
                .param("target", afterTarget).param("limit", limit)
                .query((rs, n) -> {
                    UUID check = rs.getObject("spot_check_id", UUID.class);
                    UUID target = rs.getObject("target_id", UUID.class);
                    long version = rs.getLong("version");
                    EventHeader header = new EventHeader(UUID.nameUUIDFromBytes(("spot-check-flagged:" + check + ":"
                            + target + ":" + version).getBytes(StandardCharsets.UTF_8)),
                            rs.getTimestamp("reviewed_at").toInstant(), rs.getInt("fiscal_year"),
                            rs.getString("region_code"), rs.getString("unit_code"), rs.getString("unit_path"), check,
                            version);
                    return new SpotCheckFlagged(header, check, target, rs.getString("project_code"),
                            rs.getString("project_name"), rs.getBigDecimal("self_score"),
                            rs.getBigDecimal("review_score"), rs.getBigDecimal("gap"), rs.getBigDecimal("gap_threshold"),
                            rs.getString("opinion"));
                })
                .list();
    }
}
