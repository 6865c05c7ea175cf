package io.kaola.product.catalogimport.domain;

import java.util.List;
import java.util.Map;

/**
 * A product (SPU) ready to be stored, with its variants.
 *
 * @param key            catalogue key (the draft's key, or its first slug when it has none)
 * @param name           localized names
 * @param description    localized descriptions, empty when none
 * @param slug           localized slugs, empty when none
 * @param productType    the productType reference's key (or id when it has no key)
 * @param taxCategoryKey the taxCategory reference's key (or id), null when none
 * @param published      the draft's {@code publish} (false when absent, as in commercetools)
 * @param categoryKeys   categories the product is in, sorted
 * @param skus           master variant first, then the variants in file order
 * @param taxProfile     cross-border tax category and positive-list flag from the category mapping
 *                       ({@link TaxProfileMapping}); the commercetools taxCategory above is kept as is but not used
 */
public record ProductItem(String key, Map<String, String> name, Map<String, String> description,
                          Map<String, String> slug, String productType, String taxCategoryKey, boolean published,
                          List<String> categoryKeys, List<SkuItem> skus, TaxProfileMapping.TaxProfile taxProfile) {}
