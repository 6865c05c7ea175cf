package io.kaola.inventory.api;

import java.io.Serializable;

/**
 * Units of one SKU a restock puts back on hand.
 *
 * @param skuCode  a SKU of the order's reservation
 * @param quantity units, >= 1, at most what is left to restock of that SKU (deducted minus restocked so far)
 */
public record RestockLine(String skuCode, int quantity) implements Serializable {}
