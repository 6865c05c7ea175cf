package io.kaola.payment.sandbox;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

/**
 * Statements on {@code sandbox_transaction} (SQL: mapper/SandboxTransactionMapper.xml). Status moves only write what
 * {@link SandboxTransition#LEDGER} decided, guarded by the status they leave ({@code WHERE status = from}), bound from
 * the step so the SQL cannot drift from the table.
 */
@Mapper
public interface SandboxTransactionMapper {

    /**
     * Opens the payment with a confirmation token (its hash). Opening an opened payment changes nothing but the token,
     * and only while it is OPEN: a new token replaces (makes stale) the previous one.
     */
    void open(@Param("paymentNo") String paymentNo, @Param("merchantOrderNo") String merchantOrderNo,
              @Param("amountMinor") long amountMinor, @Param("currency") String currency,
              @Param("buyerCheckHash") String buyerCheckHash, @Param("buyerIdMasked") String buyerIdMasked,
              @Param("tokenHash") String tokenHash, @Param("tokenExpiresAt") Instant tokenExpiresAt,
              @Param("openedAt") Instant openedAt);

    /**
     * {@link SandboxTransition#CLOSE} of a payment closed before it was ever opened (no record yet): recorded in
     * status {@code to} (CLOSED), so that a late open cannot make it payable. 0 rows when a record exists.
     */
    int insertClosed(@Param("paymentNo") String paymentNo, @Param("merchantOrderNo") String merchantOrderNo,
                     @Param("amountMinor") long amountMinor, @Param("currency") String currency,
                     @Param("to") SandboxStatus to, @Param("at") Instant at);

    SandboxTransactionRow findByPaymentNo(String paymentNo);

    /**
     * {@link SandboxTransition#PAY}, only with the current, unexpired token; the token is used up (its hash cleared)
     * in the same statement, so it confirms once. 0 rows: not {@code from} any more, wrong or stale token.
     */
    int pay(@Param("paymentNo") String paymentNo, @Param("from") SandboxStatus from, @Param("to") SandboxStatus to,
            @Param("tokenHash") String tokenHash, @Param("providerTxnId") String providerTxnId,
            @Param("paidAt") Instant paidAt, @Param("certCheckResult") String certCheckResult,
            @Param("payerIdMasked") String payerIdMasked);

    /** {@link SandboxTransition#CLOSE} from {@code from}: 0 rows when no longer in it. */
    int close(@Param("paymentNo") String paymentNo, @Param("from") SandboxStatus from, @Param("to") SandboxStatus to,
              @Param("closedAt") Instant closedAt);

    /** @return the PAID transactions whose paid_at is in [from, to), by paid_at (the sandbox's statement of payments) */
    List<SandboxTransactionRow> paidBetween(@Param("from") Instant from, @Param("to") Instant to);
}
