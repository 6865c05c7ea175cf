package io.kaola.payment.sandbox;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.time.Instant;

/** Statements on {@code sandbox_transaction}. */
@Mapper
public interface SandboxTransactionMapper {

    /** Opening an already opened payment changes nothing. */
    @Insert("""
            INSERT INTO sandbox_transaction (payment_no, merchant_order_no, amount_minor, currency, buyer_check_hash,
                                             buyer_id_masked, status, opened_at)
            VALUES (#{paymentNo}, #{merchantOrderNo}, #{amountMinor}, #{currency}, #{buyerCheckHash}, #{buyerIdMasked},
                    'OPEN', #{openedAt})
            ON DUPLICATE KEY UPDATE payment_no = payment_no""")
    void open(@Param("paymentNo") String paymentNo, @Param("merchantOrderNo") String merchantOrderNo,
              @Param("amountMinor") long amountMinor, @Param("currency") String currency,
              @Param("buyerCheckHash") String buyerCheckHash, @Param("buyerIdMasked") String buyerIdMasked,
              @Param("openedAt") Instant openedAt);

    @Select("""
            SELECT payment_no, merchant_order_no, amount_minor, currency, buyer_check_hash, buyer_id_masked, status,
                   provider_txn_id, cert_check_result, payer_id_masked, opened_at, paid_at
            FROM sandbox_transaction WHERE payment_no = #{paymentNo}""")
    SandboxTransactionRow findByPaymentNo(String paymentNo);

    /** Guarded by OPEN: a second confirm keeps the first transaction id and payer check. */
    @Update("""
            UPDATE sandbox_transaction SET status = 'PAID', provider_txn_id = #{providerTxnId}, paid_at = #{paidAt},
                                           cert_check_result = #{certCheckResult}, payer_id_masked = #{payerIdMasked}
            WHERE payment_no = #{paymentNo} AND status = 'OPEN'""")
    int markPaid(@Param("paymentNo") String paymentNo, @Param("providerTxnId") String providerTxnId,
                 @Param("paidAt") Instant paidAt, @Param("certCheckResult") String certCheckResult,
                 @Param("payerIdMasked") String payerIdMasked);
}
