package org.jixiao.platform.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database cannot serve the request right now (no connection within the pool's
 * timeout, a connection refused or broken, the server shutting down, a statement cancelled by the statement
 * timeout): the request is answered 503 with {@code Retry-After}, not 500, and nothing was half-written — the
 * transaction never started or was rolled back.
 */
final class DatabaseUnavailable {

    /** Seconds a client should wait before trying again. */
    static final String RETRY_AFTER = "5";

    /** SQLSTATE of a statement cancelled, by the statement timeout among others. */
    private static final String QUERY_CANCELED = "57014";

    private DatabaseUnavailable() {
    }

    static boolean is(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0")
                        || sql.getSQLState().equals(QUERY_CANCELED))) {
                return true;
            }
        }
        return false;
    }
}
