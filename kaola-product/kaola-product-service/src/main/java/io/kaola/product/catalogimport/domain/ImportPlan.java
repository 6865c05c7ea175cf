package io.kaola.product.catalogimport.domain;

import java.util.List;

/**
 * A validated catalogue, ready to apply.
 *
 * @param categories        parents before children
 * @param products          in file order
 * @param stock             the one inventory row taken per SKU (see {@link ImportPlanner}); null when there is no inventory.json
 * @param stockRefused      inventory rows skipped (see {@code refused})
 * @param refused           items the format allows but this platform does not take, each naming file and item
 * @param ignoredFiles      files present but not read, sorted
 * @param generatedSkuCodes SKU codes derived for variants without a sku, as "productKey: code"
 */
public record ImportPlan(List<CategoryItem> categories, List<ProductItem> products, List<StockItem> stock,
                         int stockRefused, List<String> refused, List<String> ignoredFiles,
                         List<String> generatedSkuCodes) {

    /** @return true when the directory had an inventory.json */
    public boolean hasInventory() { return stock != null; }
}
