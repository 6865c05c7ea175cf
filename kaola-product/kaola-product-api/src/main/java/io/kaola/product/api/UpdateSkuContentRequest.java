package io.kaola.product.api;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Ops: what one unit of a SKU contains and weighs. Null fields are left unchanged.
 *
 * @param skuCode     the SKU
 * @param netQuantity net content per unit, > 0 (e.g. 15)
 * @param netUnit     "ML", "G" or "PIECE"
 * @param weightGrams parcel weight per unit, grams, > 0
 */
public record UpdateSkuContentRequest(String skuCode, BigDecimal netQuantity, String netUnit, Integer weightGrams)
        implements Serializable {}
