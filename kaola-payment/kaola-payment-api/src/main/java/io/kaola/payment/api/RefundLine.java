package io.kaola.payment.api;

import java.io.Serializable;

/**
 * One line of an order a refund covers (a return's lines); a refund with no lines covers the whole order.
 *
 * @param skuCode  the SKU returned
 * @param quantity how many units, at least 1
 */
public record RefundLine(String skuCode, int quantity) implements Serializable {}
