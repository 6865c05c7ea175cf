package io.kaola.product.catalogimport.domain;

import java.util.List;
import java.util.Map;

/**
 * A variant as a catalogue source read it.
 *
 * @param path           where it is in its product, for problems ("masterVariant", "variants[0]", ...)
 * @param position       0 for the master variant, then 1, 2... in the order of {@code variants}
 * @param skuCode        its SKU code ({@link SkuCodes})
 * @param derived        true when the variant had no sku and the code was derived
 * @param variantKey     the variant's key, may be null
 * @param attributes     attribute name to value (the product's attributes, then the variant's own), for the rules
 * @param attributesJson the same attributes as stored: a JSON object of name to the value as in the file
 * @param imagesJson     JSON array of the image objects as in the file ({url, dimensions, label})
 * @param embeddedPrices its own prices in file order (when empty, its standalone prices count)
 */
public record VariantDraft(String path, int position, String skuCode, boolean derived, String variantKey,
                           Map<String, AttributeValue> attributes, String attributesJson, String imagesJson,
                           List<PriceDraft> embeddedPrices) {}
