package io.kaola.product.api;

import java.io.Serializable;

/**
 * Ops: a product's cross-border profile. Null fields are left unchanged.
 *
 * @param spuId           the product
 * @param taxCategoryCode a tax category known to kaola-pricing, e.g. "COSMETICS"
 * @param importable      true to mark it on the cross-border positive list, false to take it off
 * @param hsCode          8- or 10-digit HS code (gcode)
 */
public record UpdateTaxProfileRequest(long spuId, String taxCategoryCode, Boolean importable, String hsCode)
        implements Serializable {}
