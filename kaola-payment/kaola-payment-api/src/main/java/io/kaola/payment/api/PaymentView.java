package io.kaola.payment.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.time.Instant;

/**
 * @param paymentNo   payment number (digits, at most 32 characters, with a random part: not guessable)
 * @param orderNo     the order it pays
 * @param buyerId     payer account
 * @param amount      amount, CNY fen (the order total)
 * @param status      PENDING, SUCCEEDED, FAILED or CLOSED
 * @param provider    the provider's name, e.g. "sandbox"
 * @param payUrl      the provider's cashier page for this payment (where the shopper pays)
 * @param confirmUrl  only in the answer of createPayment, null otherwise: the URL the shopper's payment is
 *                    confirmed at, carrying a one-time token bound to this payment (sandbox:
 *                    {@code {payUrl}/confirm?token=…}); null for providers whose cashier page is the confirmation
 * @param createdAt   creation time
 * @param succeededAt success time, null unless SUCCEEDED
 * @param failureCode why a FAILED payment failed, e.g. CROSSBORDER_PAYER_NOT_BUYER; null otherwise
 */
public record PaymentView(String paymentNo, String orderNo, long buyerId, Money amount, PaymentStatus status,
                          String provider, String payUrl, String confirmUrl, Instant createdAt, Instant succeededAt,
                          String failureCode)
        implements Serializable {

    /** Keeps the one-time token of {@link #confirmUrl} out of logs. */
    @Override
    public String toString() {
        return "PaymentView[paymentNo=" + paymentNo + ", orderNo=" + orderNo + ", buyerId=" + buyerId + ", amount="
                + amount + ", status=" + status + ", provider=" + provider + ", payUrl=" + payUrl + ", confirmUrl="
                + (confirmUrl == null ? null : "***") + ", createdAt=" + createdAt + ", succeededAt=" + succeededAt
                + ", failureCode=" + failureCode + "]";
    }
}
