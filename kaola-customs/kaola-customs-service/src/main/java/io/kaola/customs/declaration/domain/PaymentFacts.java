package io.kaola.customs.declaration.domain;

import java.time.Instant;

/**
 * What the payment declaration (CEB411) is built from: kaola-payment's PaymentSucceeded and the payer, who is the
 * buyer (platform rule, cross-border.md §3). {@link #toString()} masks the identity number.
 *
 * @param paymentNo     payment number
 * @param orderNo       the order paid
 * @param amountFen     amount paid, CNY fen
 * @param providerTxnId the provider's transaction id (payTransactionId)
 * @param paidAt        when the provider took the money (payTime)
 * @param payerName     the payer's real name
 * @param payerIdNumber the payer's full identity number (never logged)
 */
public record PaymentFacts(String paymentNo, String orderNo, long amountFen, String providerTxnId, Instant paidAt,
                           String payerName, String payerIdNumber) {
    /** @return the same facts with another identity number */
    public PaymentFacts withPayerIdNumber(String idNumber) {
        return new PaymentFacts(paymentNo, orderNo, amountFen, providerTxnId, paidAt, payerName, idNumber);
    }

    @Override public String toString() {
        return "PaymentFacts[paymentNo=" + paymentNo + ", orderNo=" + orderNo + ", payerIdNumber="
                + IdentityMask.mask(payerIdNumber) + "]";
    }
}
