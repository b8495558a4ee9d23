package org.jixiao.sharedkernel;

/**
 * Which page of a collection a caller asks for: {@code ?page=0&size=50}, pages counted from 0, at most 500
 * items a page. A bad page or size is a 400 naming the parameter.
 */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public PageQuery {
        if (page < 0) {
            throw InvalidInputException.of("page", "page.negative", page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInputException.of("size", "page.sizeOutOfRange", size, MAX_SIZE);
        }
    }

    public static PageQuery of(int page, int size) {
        return new PageQuery(page, size);
    }

    /** Rows to skip: {@code OFFSET} in SQL. */
    public long offset() {
        return (long) page * size;
    }
}
