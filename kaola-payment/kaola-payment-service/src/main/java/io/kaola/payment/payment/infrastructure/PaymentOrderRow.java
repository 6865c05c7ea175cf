package io.kaola.payment.payment.infrastructure;

import java.time.Instant;

/** A row of {@code payment_order}, columns in table order. */
public record PaymentOrderRow(String paymentNo, String orderNo, long buyerId, long amountMinor, String currency,
                              String status, String provider, String providerTxnId, Instant createdAt,
                              Instant succeededAt) {}
