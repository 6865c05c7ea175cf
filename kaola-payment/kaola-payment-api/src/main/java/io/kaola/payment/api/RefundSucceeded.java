package io.kaola.payment.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Event on topic {@value #TOPIC}, key = refundNo: the provider returned the money. Sent atomically with the move
 * PENDING → SUCCEEDED (RocketMQ transactional message with check-back). Consumers: kaola-order (the order's refund
 * is done). Delivered at least once: consumers are idempotent on refundNo.
 *
 * @param refundNo       refund number
 * @param paymentNo      the payment refunded
 * @param orderNo        its order
 * @param buyerId        the buyer who got the money back
 * @param amount         how much, CNY fen
 * @param idempotencyKey the requester's key (e.g. kaola-order's after-sale number)
 * @param lines          the order lines it covered; empty = the whole order
 * @param refundedAt     when the provider returned it
 */
public record RefundSucceeded(String refundNo, String paymentNo, String orderNo, long buyerId, Money amount,
                              String idempotencyKey, List<RefundLine> lines, Instant refundedAt) implements Serializable {
    public static final String TOPIC = "refund-succeeded";

    public RefundSucceeded {
        lines = lines == null ? new ArrayList<>() : new ArrayList<>(lines);
    }
}
