package io.kaola.payment.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.time.Instant;

/**
 * A payment whose money must be refunded (ops list: {@code GET /api/admin/payments/refunds-due}).
 *
 * @param paymentNo     payment number
 * @param orderNo       the order it was for
 * @param buyerId       the buyer
 * @param amount        what the provider took, minor units
 * @param status        the payment's status (SUCCEEDED, FAILED or CLOSED)
 * @param provider      the provider holding the money, e.g. "sandbox"
 * @param providerTxnId the provider's transaction to refund
 * @param reason        why it is due
 * @param dueSince      when it was recorded
 */
public record RefundDueView(String paymentNo, String orderNo, long buyerId, Money amount, PaymentStatus status,
                            String provider, String providerTxnId, RefundDueReason reason, Instant dueSince)
        implements Serializable {}
