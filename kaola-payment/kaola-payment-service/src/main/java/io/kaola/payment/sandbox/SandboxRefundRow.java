package io.kaola.payment.sandbox;

import java.time.Instant;

/**
 * A row of {@code sandbox_refund}: the sandbox provider's own record of one refund it was asked for.
 *
 * @param refundNo         the merchant's refund number (its idempotency key)
 * @param paymentNo        the payment (sandbox transaction) refunded
 * @param status           PROCESSING, SUCCEEDED or FAILED ({@link SandboxRefundTransition})
 * @param providerRefundId the sandbox's refund id, "SBXR" + 24 hex digits
 * @param failureReason    why it was refused (FAILED), else null
 * @param refundedAt       when it SUCCEEDED, else null
 */
public record SandboxRefundRow(String refundNo, String paymentNo, long amountMinor, String currency,
                               SandboxRefundStatus status, String providerRefundId, String failureReason,
                               Instant requestedAt, Instant refundedAt) {}
