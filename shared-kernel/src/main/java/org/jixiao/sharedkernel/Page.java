package org.jixiao.sharedkernel;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a collection, in the shape every collection GET returns:
 * {@code {"content": [...], "page": {"number", "size", "totalElements", "totalPages"}}}.
 */
public record Page<T>(List<T> content, Meta page) {

    /** Where this page sits in the whole collection. */
    public record Meta(int number, int size, long totalElements, long totalPages) {
    }

    public Page {
        content = List.copyOf(content);
    }

    public static <T> Page<T> of(List<T> content, PageQuery query, long totalElements) {
        long totalPages = (totalElements + query.size() - 1) / query.size();
        return new Page<>(content, new Meta(query.page(), query.size(), totalElements, totalPages));
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
