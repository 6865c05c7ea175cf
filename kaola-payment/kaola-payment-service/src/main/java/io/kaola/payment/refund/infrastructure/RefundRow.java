package io.kaola.payment.refund.infrastructure;

import java.time.Instant;

/** A row of {@code refund}; {@code refundLines} is the JSON array of {skuCode, quantity}. */
public record RefundRow(String refundNo, String paymentNo, String orderNo, long buyerId, long amountMinor, String currency,
                        String status, String reason, String idempotencyKey, String refundLines, String provider,
                        String providerRefundId, Instant providerAckedAt, String failureReason, Instant requestedAt,
                        Instant decidedAt) {}
