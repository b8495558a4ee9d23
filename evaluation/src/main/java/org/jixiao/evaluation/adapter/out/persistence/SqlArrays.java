package org.jixiao.evaluation.adapter.out.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

/** A batch's column as one PostgreSQL array parameter, so that a set statement unnests the columns side by side. */
final class SqlArrays {

    private SqlArrays() {
    }

    static <T> SqlTypeValue array(String type, Collection<T> rows, Function<T, @Nullable Object> column) {
        Object[] values = rows.stream().map(column).toArray();
        return new AbstractSqlTypeValue() {
            @Override
            protected Array createTypeValue(Connection connection, int sqlType, @Nullable String typeName)
                    throws SQLException {
                return connection.createArrayOf(type, values);
            }
        };
    }
}
