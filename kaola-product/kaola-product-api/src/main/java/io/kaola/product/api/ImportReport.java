package io.kaola.product.api;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did. Importing the same directory twice gives only "unchanged" the second time.
 *
 * @param categories counts for categories
 * @param products   counts for products (SPUs)
 * @param skus       counts for variants (SKUs)
 * @param stock      counts for stock rows
 * @param refused    items the format allows but this platform cannot take, each naming file and item
 * @param ignoredFiles files present but not imported (e.g. customers.json)
 */
public record ImportReport(Counts categories, Counts products, Counts skus, Counts stock, List<String> refused,
                           List<String> ignoredFiles) implements Serializable {
    /** Created, updated, unchanged and refused item counts. */
    public record Counts(int created, int updated, int unchanged, int refused) implements Serializable {}
}
