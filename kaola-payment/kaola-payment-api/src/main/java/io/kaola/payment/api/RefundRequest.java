package io.kaola.payment.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A refund of (part of) an order's SUCCEEDED payment ({@link PaymentService#requestRefund}).
 *
 * @param orderNo        the order whose SUCCEEDED payment is refunded
 * @param amount         how much goes back, CNY fen (minor units), more than 0 and at most what is left refundable
 * @param reason         why, 1..255 characters (shown to ops, kept on the refund)
 * @param idempotencyKey the caller's key, 1..64 characters: the same key is the same refund
 * @param lines          which lines of the order it covers; empty (or null) = the whole order
 */
public record RefundRequest(String orderNo, Money amount, String reason, String idempotencyKey, List<RefundLine> lines)
        implements Serializable {
    public RefundRequest {
        lines = lines == null ? new ArrayList<>() : new ArrayList<>(lines);   // a plain list: it crosses the wire
    }
}
