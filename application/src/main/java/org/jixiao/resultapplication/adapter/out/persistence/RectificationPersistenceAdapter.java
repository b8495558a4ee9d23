package org.jixiao.resultapplication.adapter.out.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jixiao.resultapplication.domain.Rectification;
import org.jixiao.resultapplication.domain.RectificationId;
import org.jixiao.resultapplication.domain.RectificationSource;
import org.jixiao.resultapplication.domain.RectificationStatus;
import org.jixiao.resultapplication.domain.Rectifications;
import org.jixiao.resultapplication.port.in.RectificationView;
import org.jixiao.resultapplication.port.out.RectificationReadModel;
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

/** The rectifications in schema resultapplication: a row each, its responses and verifications as JSON arrays. */
@Repository
class RectificationPersistenceAdapter implements Rectifications, RectificationReadModel {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ObjectReader responses;
    private final ObjectReader verifications;
    private final ObjectReader rule;

    RectificationPersistenceAdapter(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.responses = json.readerFor(new TypeReference<List<Rectification.Response>>() {
        });
        this.verifications = json.readerFor(new TypeReference<List<Rectification.Verification>>() {
        });
        this.rule = json.readerFor(AppliedRule.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    @Override
    public Optional<Rectification> find(RectificationId id) {
        return jdbc.sql("SELECT * FROM resultapplication.rectification WHERE id = ?").param(id.value())
                .query((rs, n) -> rebuild(rs)).optional();
    }

    @Override
    public boolean openOnce(Rectification opened) {
        Rectification.Snapshot s = opened.snapshot();
        Rectification.Opening o = s.opening();
        return jdbc.sql("""
                        INSERT INTO resultapplication.rectification
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS JSONB), ?, CAST(? AS JSONB),
                                CAST(? AS JSONB), 1)
                        ON CONFLICT DO NOTHING""")
                .params(Arrays.asList(s.id().value(), o.source().name(), o.sourceKey(), o.fiscalYear(), o.region().value(),
                        o.unitCode(), o.unitPath().toString(), o.departmentCode(), o.targetId(), o.projectCode(),
                        o.projectName(), o.problem(), Timestamp.from(o.openedAt()), Date.valueOf(s.openedOn()),
                        Date.valueOf(s.deadline()), json.writeValueAsString(s.deadlineRule()), s.progress().name(),
                        json.writeValueAsString(s.responses()), json.writeValueAsString(s.verifications())))
                .update() > 0;
    }

    @Override
    public long save(Rectification rectification) {
        Rectification.Snapshot s = rectification.snapshot();
        long version = s.version() + 1;
        int written = jdbc.sql("""
                        UPDATE resultapplication.rectification
                        SET progress = ?, responses = CAST(? AS JSONB), verifications = CAST(? AS JSONB), version = ?
                        WHERE id = ? AND version = ?""")
                .params(Arrays.asList(s.progress().name(), json.writeValueAsString(s.responses()),
                        json.writeValueAsString(s.verifications()), version, s.id().value(), s.version()))
                .update();
        if (written == 0) {
            throw new StateConflictException("problem.staleVersion", s.progress().name());
        }
        return version;
    }

    @Override
    public Page<RectificationView> list(Scope scope, @Nullable Integer fiscalYear,
            @Nullable RectificationStatus status, @Nullable RectificationSource source, Instant now,
            PageQuery page) {
        Scope.Paths paths = scope.paths();
        String where = " WHERE unit_path >= :from AND unit_path < :until"
                + (fiscalYear == null ? "" : " AND fiscal_year = :year")
                + (source == null ? "" : " AND source = :source")
                + (status == null ? "" : switch (status) {
                    case OPEN, RESPONDED -> " AND progress = :status AND deadline >= :today";
                    case VERIFIED -> " AND progress = 'VERIFIED'";
                    case OVERDUE -> " AND progress <> 'VERIFIED' AND deadline < :today";
                });
        LocalDate today = now.atZone(Rectification.CHINA).toLocalDate();
        long total = jdbc.sql("SELECT count(*) FROM resultapplication.rectification" + where)
                .param("from", paths.from()).param("until", paths.until()).param("year", fiscalYear)
                .param("source", source == null ? null : source.name())
                .param("status", status == null ? null : status.name()).param("today", Date.valueOf(today))
                .query(Long.class).single();
        List<RectificationView> rows = jdbc.sql("SELECT * FROM resultapplication.rectification" + where
                        + " ORDER BY deadline DESC, id LIMIT :limit OFFSET :offset")
                .param("from", paths.from()).param("until", paths.until()).param("year", fiscalYear)
                .param("source", source == null ? null : source.name())
                .param("status", status == null ? null : status.name()).param("today", Date.valueOf(today))
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> RectificationView.of(rebuild(rs), now)).list();
        return Page.of(rows, page, total);
    }

    private Rectification rebuild(ResultSet rs) throws SQLException {
        Rectification.Opening opening = new Rectification.Opening(
                RectificationSource.valueOf(rs.getString("source")), rs.getString("source_key"),
                rs.getInt("fiscal_year"), RegionCode.of(rs.getString("region_code")), rs.getString("unit_code"),
                OrgPath.parse(rs.getString("unit_path")), rs.getString("department_code"),
                rs.getObject("target_id", UUID.class), rs.getString("project_code"), rs.getString("project_name"),
                rs.getString("problem"), rs.getTimestamp("opened_at").toInstant());
        return Rectification.rebuild(new Rectification.Snapshot(new RectificationId(rs.getObject("id", UUID.class)),
                opening, rs.getDate("opened_on").toLocalDate(), rs.getDate("deadline").toLocalDate(),
                rule.readValue(rs.getString("deadline_rule")), RectificationStatus.valueOf(rs.getString("progress")),
                responses.readValue(rs.getString("responses")), verifications.readValue(rs.getString("verifications")),
                rs.getLong("version")));
    }
}
