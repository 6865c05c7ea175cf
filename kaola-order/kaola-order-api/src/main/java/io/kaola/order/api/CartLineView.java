package io.kaola.order.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * One cart line.
 *
 * @param skuCode     SKU code
 * @param spuId       its product (0 when the SKU is unknown now)
 * @param productName product names by locale (empty when unknown)
 * @param quantity    units, 1..99
 * @param selected    true when it goes into the next checkout from the cart
 * @param unitPrice   current CNY unit price after activities, null when the line is not priced
 * @param available   units available in the default bonded warehouse now
 * @param flag        null when it can be ordered; else OFF_SALE, NOT_IMPORTABLE, OUT_OF_STOCK, NOT_ENOUGH_STOCK or
 *                    UNKNOWN_SKU
 * @param addedAt     when it was first added
 */
public record CartLineView(String skuCode, long spuId, Map<String, String> productName, int quantity, boolean selected,
                           Money unitPrice, long available, String flag, Instant addedAt) implements Serializable {}
