package io.kaola.common.page;

import java.io.Serializable;
import java.util.List;

/**
 * One page of results.
 *
 * @param items the rows of this page
 * @param page  zero-based page index
 * @param size  requested page size
 * @param total total rows over all pages
 */
public record Page<T extends Serializable>(List<T> items, int page, int size, long total) implements Serializable {
    public Page {
        items = List.copyOf(items);
    }
}
