package org.jixiao.sharedkernel;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One page of a collection, in the shape every collection GET returns:
 * {@code {"content": [...], "page": {"number", "size", "totalElements", "totalPages", "next"}}}.
 */
public record Page<T>(List<T> content, Meta page) {

    /**
     * Where this page sits in the whole collection: its number (null for a page asked for with a cursor, whose
     * number is not counted), and in a list that offers cursors the cursor of the following page ({@code null}
     * on the last page, and in the other lists).
     */
    public record Meta(@Nullable Integer number, int size, long totalElements, long totalPages, @Nullable String next) {
    }

    public Page {
        content = List.copyOf(content);
    }

    public static <T> Page<T> of(List<T> content, PageQuery query, long totalElements) {
        return of(content, query, totalElements, null);
    }

    /** A page of a list read along its order, with the cursor of the next page (null: this is the last). */
    public static <T> Page<T> of(List<T> content, PageQuery query, long totalElements, @Nullable Cursor next) {
        long totalPages = (totalElements + query.size() - 1) / query.size();
        return new Page<>(content, new Meta(query.after() == null ? query.page() : null, query.size(), totalElements,
                totalPages, next == null ? null : next.text()));
    }

    /**
     * A page of a list read along its order with one row more than the page holds: when that row came, the page
     * is not the last and its last row's cursor is {@code next}.
     */
    public static <T> Page<T> ofOneMore(List<T> rows, PageQuery query, long totalElements,
            Function<? super T, Cursor> cursor) {
        if (rows.size() <= query.size()) {
            return of(rows, query, totalElements, null);
        }
        List<T> shown = rows.subList(0, query.size());
        return of(shown, query, totalElements, cursor.apply(shown.get(shown.size() - 1)));
    }

    /** The requested page of a short list held whole in memory. */
    public static <T> Page<T> slice(List<T> all, PageQuery query) {
        int from = (int) Math.min(query.offset(), all.size());
        return of(all.subList(from, Math.min(from + query.size(), all.size())), query, all.size());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(content.stream().<R>map(mapper).toList(), page);
    }
}
