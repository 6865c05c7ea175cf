package io.kaola.order.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Money given back for an order, as the shopper sees it on the order (kaola-payment's refund).
 *
 * @param refundNo    the refund's number
 * @param amount      how much, CNY minor units (fen)
 * @param status      PENDING (asked of the payment provider), SUCCEEDED (the money is back) or FAILED
 * @param reason      why, e.g. "cancelled before customs release"
 * @param lines       which lines it covers (a return's lines); empty for the whole order
 * @param requestedAt when it was asked for
 * @param decidedAt   when the provider confirmed or refused it; null while PENDING
 */
public record OrderRefund(String refundNo, Money amount, String status, String reason, List<Line> lines,
                          Instant requestedAt, Instant decidedAt) implements Serializable {
    public OrderRefund {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /**
     * @param skuCode  the SKU of an order line
     * @param quantity how many of its units, ≥ 1
     */
    public record Line(String skuCode, int quantity) implements Serializable {}
}
