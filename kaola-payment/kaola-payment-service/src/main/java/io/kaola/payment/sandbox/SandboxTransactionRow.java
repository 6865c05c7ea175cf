package io.kaola.payment.sandbox;

import java.time.Instant;

/**
 * A row of {@code sandbox_transaction}: the sandbox provider's own record of one payment it was asked to take.
 *
 * @param status OPEN until the shopper confirms, then PAID
 */
public record SandboxTransactionRow(String paymentNo, String merchantOrderNo, long amountMinor, String currency,
                                    String status, String providerTxnId, Instant openedAt, Instant paidAt) {
    static final String OPEN = "OPEN";
    static final String PAID = "PAID";

    boolean isPaid() { return PAID.equals(status); }
}
