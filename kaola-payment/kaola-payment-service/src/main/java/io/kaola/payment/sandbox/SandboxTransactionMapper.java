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
            INSERT INTO sandbox_transaction (payment_no, merchant_order_no, amount_minor, currency, status, opened_at)
            VALUES (#{paymentNo}, #{merchantOrderNo}, #{amountMinor}, #{currency}, 'OPEN', #{openedAt})
            ON DUPLICATE KEY UPDATE payment_no = payment_no""")
    void open(@Param("paymentNo") String paymentNo, @Param("merchantOrderNo") String merchantOrderNo,
              @Param("amountMinor") long amountMinor, @Param("currency") String currency,
              @Param("openedAt") Instant openedAt);

    @Select("""
            SELECT payment_no, merchant_order_no, amount_minor, currency, status, provider_txn_id, opened_at, paid_at
            FROM sandbox_transaction WHERE payment_no = #{paymentNo}""")
    SandboxTransactionRow findByPaymentNo(String paymentNo);

    /** Guarded by OPEN: a second confirm keeps the first transaction id. */
    @Update("""
            UPDATE sandbox_transaction SET status = 'PAID', provider_txn_id = #{providerTxnId}, paid_at = #{paidAt}
            WHERE payment_no = #{paymentNo} AND status = 'OPEN'""")
    int markPaid(@Param("paymentNo") String paymentNo, @Param("providerTxnId") String providerTxnId,
                 @Param("paidAt") Instant paidAt);
}
