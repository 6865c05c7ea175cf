package io.kaola.product.catalogimport.domain;

import io.kaola.product.api.ImportReport;

import java.util.Set;

/**
 * Writes a validated catalogue: upsert by category key, product key and SKU code, telling created, updated
 * and unchanged items apart. Call it inside one transaction (the use case owns it). Products and categories
 * absent from the plan are left as they are; a product's variants are the ones in the plan, so a SKU a
 * re-imported product no longer lists is deleted (orders keep their own snapshot of it).
 * <p>
 * Values ops set by hand survive a re-import: a product's tax profile (tax category, positive-list flag)
 * once set by ops, a SKU's weight and net content once set by ops. Such an item still counts as "updated"
 * when the file (or the mapping) changes it: its other fields are written.
 */
public interface CatalogStore {

    /** @return the counts and the products whose detail changed (own fields, categories, SKUs or prices) */
    Applied apply(ImportPlan plan);

    /**
     * @param categories    category counts
     * @param products      SPU counts
     * @param skus          SKU counts
     * @param changedSpuIds products whose cached detail is stale
     */
    record Applied(ImportReport.Counts categories, ImportReport.Counts products, ImportReport.Counts skus,
                   Set<Long> changedSpuIds) {}
}
