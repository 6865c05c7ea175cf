package io.kaola.payment.sandbox;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.time.Instant;

/**
 * Statements on {@code sandbox_transaction}. Status moves are the guarded UPDATEs of {@link SandboxTransition}
 * ({@code WHERE status = from}), bound from the enum so the SQL cannot drift from the table.
 */
@Mapper
public interface SandboxTransactionMapper {

    /**
     * Opens the payment with a confirmation token (its hash). Opening an opened payment changes nothing but the token,
     * and only while it is OPEN: a new token replaces (makes stale) the previous one.
     */
    @Insert("""
            INSERT INTO sandbox_transaction (payment_no, merchant_order_no, amount_minor, currency, buyer_check_hash,
                                             buyer_id_masked, confirm_token_hash, confirm_token_expires_at, status,
                                             opened_at)
            VALUES (#{paymentNo}, #{merchantOrderNo}, #{amountMinor}, #{currency}, #{buyerCheckHash}, #{buyerIdMasked},
                    #{tokenHash}, #{tokenExpiresAt}, 'OPEN', #{openedAt})
            ON DUPLICATE KEY UPDATE
                confirm_token_hash = IF(status = 'OPEN', VALUES(confirm_token_hash), confirm_token_hash),
                confirm_token_expires_at = IF(status = 'OPEN', VALUES(confirm_token_expires_at), confirm_token_expires_at)""")
    void open(@Param("paymentNo") String paymentNo, @Param("merchantOrderNo") String merchantOrderNo,
              @Param("amountMinor") long amountMinor, @Param("currency") String currency,
              @Param("buyerCheckHash") String buyerCheckHash, @Param("buyerIdMasked") String buyerIdMasked,
              @Param("tokenHash") String tokenHash, @Param("tokenExpiresAt") Instant tokenExpiresAt,
              @Param("openedAt") Instant openedAt);

    /** A payment closed before it was ever opened: recorded CLOSED, so that a late open cannot make it payable. */
    @Insert("""
            INSERT IGNORE INTO sandbox_transaction (payment_no, merchant_order_no, amount_minor, currency, status,
                                                    opened_at, closed_at)
            VALUES (#{paymentNo}, #{merchantOrderNo}, #{amountMinor}, #{currency}, 'CLOSED', #{at}, #{at})""")
    int insertClosed(@Param("paymentNo") String paymentNo, @Param("merchantOrderNo") String merchantOrderNo,
                     @Param("amountMinor") long amountMinor, @Param("currency") String currency,
                     @Param("at") Instant at);

    @Select("""
            SELECT payment_no, merchant_order_no, amount_minor, currency, buyer_check_hash, buyer_id_masked,
                   confirm_token_hash, confirm_token_expires_at, status, provider_txn_id, cert_check_result,
                   payer_id_masked, opened_at, paid_at, closed_at
            FROM sandbox_transaction WHERE payment_no = #{paymentNo}""")
    SandboxTransactionRow findByPaymentNo(String paymentNo);

    /**
     * {@link SandboxTransition#PAY}, only with the current, unexpired token; the token is used up (its hash cleared)
     * in the same statement, so it confirms once. 0 rows: not OPEN any more, wrong or stale token.
     */
    @Update("""
            UPDATE sandbox_transaction SET status = #{to}, provider_txn_id = #{providerTxnId}, paid_at = #{paidAt},
                                           cert_check_result = #{certCheckResult}, payer_id_masked = #{payerIdMasked},
                                           confirm_token_hash = NULL, confirm_token_expires_at = NULL
            WHERE payment_no = #{paymentNo} AND status = #{from} AND confirm_token_hash = #{tokenHash}
              AND confirm_token_expires_at > #{paidAt}""")
    int pay(@Param("paymentNo") String paymentNo, @Param("from") SandboxStatus from, @Param("to") SandboxStatus to,
            @Param("tokenHash") String tokenHash, @Param("providerTxnId") String providerTxnId,
            @Param("paidAt") Instant paidAt, @Param("certCheckResult") String certCheckResult,
            @Param("payerIdMasked") String payerIdMasked);

    /** {@link SandboxTransition#CLOSE}: 0 rows when not OPEN (paid, closed, or never opened). */
    @Update("""
            UPDATE sandbox_transaction SET status = #{to}, closed_at = #{closedAt}
            WHERE payment_no = #{paymentNo} AND status = #{from}""")
    int close(@Param("paymentNo") String paymentNo, @Param("from") SandboxStatus from, @Param("to") SandboxStatus to,
              @Param("closedAt") Instant closedAt);
}
