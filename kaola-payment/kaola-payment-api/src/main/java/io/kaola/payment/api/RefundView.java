package io.kaola.payment.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A refund as kaola-payment knows it.
 *
 * @param refundNo         refund number ("R" + digits, at most 32 characters, not guessable); the provider's
 *                         idempotency key (Alipay out_request_no, WeChat Pay out_refund_no)
 * @param paymentNo        the payment whose money goes back
 * @param orderNo          its order
 * @param buyerId          the buyer the money goes back to
 * @param amount           how much, minor units (CNY fen)
 * @param status           PENDING, SUCCEEDED or FAILED ({@link RefundStatus})
 * @param reason           why (1..255 characters)
 * @param idempotencyKey   the requester's key
 * @param lines            the order lines it covers; empty = the whole order
 * @param provider         the provider holding the money, e.g. "sandbox"
 * @param providerRefundId the provider's refund id, null until it acknowledged the refund
 * @param failureReason    why the provider refused it (FAILED), else null
 * @param requestedAt      when it was recorded
 * @param decidedAt        when it became SUCCEEDED or FAILED, null while PENDING
 */
public record RefundView(String refundNo, String paymentNo, String orderNo, long buyerId, Money amount,
                         RefundStatus status, String reason, String idempotencyKey, List<RefundLine> lines,
                         String provider, String providerRefundId, String failureReason, Instant requestedAt,
                         Instant decidedAt) implements Serializable {
    public RefundView {
        lines = lines == null ? new ArrayList<>() : new ArrayList<>(lines);
    }
}
