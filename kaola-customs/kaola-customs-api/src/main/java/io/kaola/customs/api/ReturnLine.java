package io.kaola.customs.api;

import java.io.Serializable;

/**
 * One line of a return: units of one SKU of the order going back.
 *
 * @param skuCode  the SKU (the 621 line's itemNo)
 * @param quantity units returned, ≥ 1
 */
public record ReturnLine(String skuCode, int quantity) implements Serializable {}
