package io.kaola.common.page;

import java.io.Serializable;

/**
 * A page of a listing.
 *
 * @param page zero-based page index (>= 0)
 * @param size items per page, 1..100
 */
public record PageRequest(int page, int size) implements Serializable {
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) throw new IllegalArgumentException("page must be >= 0");
        if (size < 1 || size > MAX_SIZE) throw new IllegalArgumentException("size must be 1.." + MAX_SIZE);
    }

    /** @return the row offset of this page */
    public long offset() { return (long) page * size; }
}
