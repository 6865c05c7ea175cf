package io.kaola.product.catalogimport.domain;

/**
 * One inventory row for the import's warehouse.
 *
 * @param skuCode SKU code
 * @param onHand  absolute units on hand, >= 0
 */
public record StockItem(String skuCode, long onHand) {}
