package io.kaola.payment.charge.infrastructure;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.time.Instant;
import java.util.List;

/** Statements on {@code payment_order} and its {@code payment_notification} records. */
@Mapper
public interface PaymentOrderMapper {

    String COLUMNS = "SELECT payment_no, order_no, buyer_id, amount_minor, currency, status, provider, provider_txn_id,"
            + " pay_url, created_at, succeeded_at, failure_code, closed_at, refund_due_reason, refund_due_at"
            + " FROM payment_order";

    /** Fails with a duplicate key when the order already has a live payment (uk_payment_order_live_order_no). */
    @Insert("""
            INSERT INTO payment_order (payment_no, order_no, buyer_id, amount_minor, currency, status, provider,
                                       provider_txn_id, pay_url, created_at, succeeded_at, failure_code, closed_at,
                                       refund_due_reason, refund_due_at)
            VALUES (#{paymentNo}, #{orderNo}, #{buyerId}, #{amountMinor}, #{currency}, #{status}, #{provider},
                    #{providerTxnId}, #{payUrl}, #{createdAt}, #{succeededAt}, #{failureCode}, #{closedAt},
                    #{refundDueReason}, #{refundDueAt})""")
    void insert(PaymentOrderRow row);

    @Select(COLUMNS + " WHERE payment_no = #{paymentNo}")
    PaymentOrderRow findByPaymentNo(String paymentNo);

    /** The order's PENDING or SUCCEEDED payment (at most one); FAILED and CLOSED ones are not live. */
    @Select(COLUMNS + " WHERE live_order_no = #{orderNo}")
    PaymentOrderRow findLiveByOrderNo(String orderNo);

    /** Every payment of the order, oldest first. */
    @Select(COLUMNS + " WHERE order_no = #{orderNo} ORDER BY created_at, payment_no")
    List<PaymentOrderRow> findAllByOrderNo(String orderNo);

    /**
     * Guarded by the status the move leaves: 0 rows when the payment is no longer {@code from}. A refund due
     * already recorded is kept.
     */
    @Update("""
            UPDATE payment_order SET status = #{to}, provider_txn_id = #{providerTxnId}, succeeded_at = #{succeededAt},
                                     failure_code = #{failureCode}, closed_at = #{closedAt},
                                     refund_due_reason = COALESCE(refund_due_reason, #{refundDueReason}),
                                     refund_due_at = COALESCE(refund_due_at, #{refundDueAt})
            WHERE payment_no = #{paymentNo} AND status = #{from}""")
    int moveStatus(@Param("paymentNo") String paymentNo, @Param("from") String from, @Param("to") String to,
                   @Param("providerTxnId") String providerTxnId, @Param("succeededAt") Instant succeededAt,
                   @Param("failureCode") String failureCode, @Param("closedAt") Instant closedAt,
                   @Param("refundDueReason") String refundDueReason, @Param("refundDueAt") Instant refundDueAt);

    @Update("UPDATE payment_order SET pay_url = #{payUrl} WHERE payment_no = #{paymentNo}")
    int updatePayUrl(@Param("paymentNo") String paymentNo, @Param("payUrl") String payUrl);

    /**
     * Records a refund due once: 0 rows when one is recorded already (the first reason and time stay). Keeps the
     * payment's provider transaction, or takes {@code providerTxnId} when it has none (a CLOSED payment paid anyway).
     */
    @Update("""
            UPDATE payment_order SET refund_due_reason = #{reason}, refund_due_at = #{at},
                                     provider_txn_id = COALESCE(provider_txn_id, #{providerTxnId})
            WHERE payment_no = #{paymentNo} AND refund_due_reason IS NULL""")
    int markRefundDue(@Param("paymentNo") String paymentNo, @Param("reason") String reason, @Param("at") Instant at,
                      @Param("providerTxnId") String providerTxnId);

    /** Payments with a refund due, newest first. */
    @Select(COLUMNS + " WHERE refund_due_at IS NOT NULL ORDER BY refund_due_at DESC, payment_no DESC"
            + " LIMIT #{limit} OFFSET #{offset}")
    List<PaymentOrderRow> findRefundsDue(@Param("limit") int limit, @Param("offset") long offset);

    @Select("SELECT COUNT(*) FROM payment_order WHERE refund_due_at IS NOT NULL")
    long countRefundsDue();

    /** Fails with a duplicate key on a repeated (provider, provider_txn_id). */
    @Insert("""
            INSERT INTO payment_notification (provider, provider_txn_id, payment_no, body, received_at)
            VALUES (#{provider}, #{providerTxnId}, #{paymentNo}, #{body}, #{receivedAt})""")
    void insertNotification(@Param("provider") String provider, @Param("providerTxnId") String providerTxnId,
                            @Param("paymentNo") String paymentNo, @Param("body") String body,
                            @Param("receivedAt") Instant receivedAt);

    @Select("SELECT COUNT(*) FROM payment_notification WHERE provider = #{provider} AND provider_txn_id = #{providerTxnId}")
    int countNotifications(@Param("provider") String provider, @Param("providerTxnId") String providerTxnId);

    @Select("SELECT COUNT(*) FROM payment_notification WHERE payment_no = #{paymentNo}")
    int countNotificationsOfPayment(String paymentNo);
}
