package io.kaola.product.catalogimport.domain;

import io.kaola.common.money.Money;
import io.kaola.product.catalog.domain.NetContent;

/**
 * A variant ready to be stored as a SKU.
 *
 * @param skuCode        the SKU code: the variant's sku, else its key, else {@code <productKey>-v<position>}
 * @param codeGenerated  true when the variant had no sku and the code was derived ({@link SkuCodes})
 * @param variantKey     the variant's key, may be null
 * @param position       0 for the master variant, then 1, 2... in the order of {@code variants}
 * @param attributesJson JSON object: attribute name to its value as in the file (string, number, localized object...),
 *                       written by the catalogue source
 * @param imagesJson     JSON array of the image objects as in the file ({url, dimensions, label})
 * @param supplierPrice  the chosen list price ({@link SupplierPriceChoice}), null when none is usable
 * @param weightGrams    parcel weight per unit in grams ({@link Weights})
 * @param netContent     net content per unit ({@link NetContents}), null when the catalogue gives none
 */
public record SkuItem(String skuCode, boolean codeGenerated, String variantKey, int position, String attributesJson,
                      String imagesJson, Money supplierPrice, int weightGrams, NetContent netContent) {}
