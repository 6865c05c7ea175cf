package io.kaola.inventory.api;

import java.io.Serializable;

/**
 * Event on topic {@value #TOPIC} (best effort, after commit): a SKU went in or out of stock;
 * key = skuCode. The product service evicts its cached detail.
 *
 * @param skuCode       SKU code
 * @param warehouseCode warehouse
 * @param inStock       the new state
 */
public record SkuStockChanged(String skuCode, String warehouseCode, boolean inStock) implements Serializable {
    public static final String TOPIC = "sku-stock-changed";
}
