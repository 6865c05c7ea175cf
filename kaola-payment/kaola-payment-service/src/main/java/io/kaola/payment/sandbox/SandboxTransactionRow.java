package io.kaola.payment.sandbox;

import java.time.Instant;

/**
 * A row of {@code sandbox_transaction}: the sandbox provider's own record of one payment it was asked to take.
 * It never holds a full identity number (the buyer only as a keyed hash and masked, the payer only masked) nor a
 * confirmation token (only its SHA-256).
 *
 * @param buyerCheckHash        hex HMAC-SHA256 of the buyer's "name|number" under the sandbox's identity key
 * @param buyerIdMasked         the buyer's number, masked
 * @param confirmTokenHash      hex SHA-256 of the current confirmation token; null once used (PAID) or never issued
 * @param confirmTokenExpiresAt the current token is stale after this
 * @param status                OPEN until the payer confirms (PAID) or the merchant closes it (CLOSED)
 * @param certCheckResult       SAME or DIFFERENT once PAID (is the payer the buyer?), else null
 * @param payerIdMasked         the payer's number, masked, once PAID
 */
public record SandboxTransactionRow(String paymentNo, String merchantOrderNo, long amountMinor, String currency,
                                    String buyerCheckHash, String buyerIdMasked, String confirmTokenHash,
                                    Instant confirmTokenExpiresAt, SandboxStatus status, String providerTxnId,
                                    String certCheckResult, String payerIdMasked, Instant openedAt, Instant paidAt,
                                    Instant closedAt) {

    boolean isPaid() { return status == SandboxStatus.PAID; }
}
