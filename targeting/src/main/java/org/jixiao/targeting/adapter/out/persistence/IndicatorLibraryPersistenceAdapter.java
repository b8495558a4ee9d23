package org.jixiao.targeting.adapter.out.persistence;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.targeting.domain.LibraryIndicator;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jixiao.targeting.port.out.IndicatorLibrary;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The common indicator library in table {@code targeting.library_indicator}. */
@Repository
class IndicatorLibraryPersistenceAdapter implements IndicatorLibrary {

    private static final RowMapper<LibraryIndicator> ROW = (rs, n) -> new LibraryIndicator(
            rs.getObject("id", UUID.class), rs.getString("industry"), Level1.valueOf(rs.getString("level1")),
            Level2.valueOf(rs.getString("level2")), rs.getString("name"), Operator.valueOf(rs.getString("operator")),
            rs.getString("unit"), rs.getString("guidance"), rs.getLong("version"));

    /** The conditions of the filters present, and only those: each keeps to the index in a generic plan. */
    private static String where(@Nullable String industry, @Nullable String level1, @Nullable String like) {
        return " WHERE TRUE" + (industry == null ? "" : " AND industry = :industry")
                + (level1 == null ? "" : " AND level1 = :level1")
                + (like == null ? "" : " AND (name ILIKE :like OR guidance ILIKE :like)");
    }

    private final JdbcClient jdbc;

    IndicatorLibraryPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(LibraryIndicator e, String createdBy) {
        try {
            jdbc.sql("""
                    INSERT INTO targeting.library_indicator (id, industry, level1, level2, name, operator, unit, guidance, created_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(Arrays.asList(e.id(), e.industry(), e.level1().name(), e.level2().name(), e.name(),
                            e.operator().name(), e.unit(), e.guidance(), createdBy))
                    .update();
        } catch (DuplicateKeyException duplicate) {
            throw new StateConflictException("target.duplicateLibraryEntry", null, e.industry(), e.name());
        }
    }

    @Override
    public Map<UUID, LibraryIndicator> find(Collection<UUID> ids) {
        return jdbc.sql("SELECT * FROM targeting.library_indicator WHERE id IN (:ids)").param("ids", List.copyOf(ids))
                .query(ROW).list().stream().collect(Collectors.toMap(LibraryIndicator::id, Function.identity()));
    }

    @Override
    public Page<LibraryIndicator> search(@Nullable String industry, @Nullable Level1 level1, @Nullable String text, PageQuery page) {
        String level = level1 == null ? null : level1.name();
        String like = text == null ? null : "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String where = where(industry, level, like);
        List<LibraryIndicator> entries = jdbc.sql("SELECT * FROM targeting.library_indicator" + where
                        + " ORDER BY industry, level1, level2, name LIMIT :limit OFFSET :offset")
                .param("industry", industry).param("level1", level).param("like", like)
                .param("limit", page.size()).param("offset", page.offset())
                .query(ROW).list();
        long total = jdbc.sql("SELECT count(*) FROM targeting.library_indicator" + where)
                .param("industry", industry).param("level1", level).param("like", like)
                .query(Long.class).single();
        return Page.of(entries, page, total);
    }
}
