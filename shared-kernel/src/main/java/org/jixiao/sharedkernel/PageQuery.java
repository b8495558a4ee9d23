package org.jixiao.sharedkernel;

import org.jspecify.annotations.Nullable;

/**
 * Which page of a collection a caller asks for: {@code ?page=0&size=50}, pages counted from 0, at most 500
 * items a page; or, in a list that reads along its order ({@link #requireShallow}), {@code ?after=<cursor>}: the
 * page after the one whose {@code page.next} gave that cursor. A bad page, size or cursor is a 400 naming the
 * parameter.
 */
public record PageQuery(int page, int size, @Nullable Cursor after) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    /** The deepest row a page number reaches in a list with cursors; deeper pages are read with {@code after}. */
    public static final int MAX_OFFSET = 10_000;

    public PageQuery {
        if (page < 0) {
            throw InvalidInputException.of("page", "page.negative", page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInputException.of("size", "page.sizeOutOfRange", size, MAX_SIZE);
        }
        if (after != null && page != 0) {
            throw InvalidInputException.of("page", "page.withCursor", page);
        }
    }

    public static PageQuery of(int page, int size) {
        return new PageQuery(page, size, null);
    }

    /** A page by number or, when {@code after} is given, the page after that cursor. */
    public static PageQuery of(int page, int size, @Nullable String after) {
        return new PageQuery(page, size, after == null ? null : Cursor.parse(after));
    }

    /** Rows to skip: {@code OFFSET} in SQL. */
    public long offset() {
        return (long) page * size;
    }

    /**
     * This query, if its page number stays within {@link #MAX_OFFSET} rows: a list that offers cursors reads a
     * page along an index and never skips more rows than that.
     */
    public PageQuery requireShallow() {
        if (offset() > MAX_OFFSET) {
            throw InvalidInputException.of("page", "page.tooDeep", page, size, MAX_OFFSET);
        }
        return this;
    }
}
