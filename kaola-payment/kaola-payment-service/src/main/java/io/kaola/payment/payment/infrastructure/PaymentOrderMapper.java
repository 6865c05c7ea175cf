package io.kaola.payment.payment.infrastructure;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.time.Instant;

/** Statements on {@code payment_order} and its {@code payment_notification} records. */
@Mapper
public interface PaymentOrderMapper {

    String COLUMNS = "SELECT payment_no, order_no, buyer_id, amount_minor, currency, status, provider, provider_txn_id,"
            + " created_at, succeeded_at, failure_code FROM payment_order";

    /** Fails with a duplicate key when the order already has a live payment (uk_payment_order_live_order_no). */
    @Insert("""
            INSERT INTO payment_order (payment_no, order_no, buyer_id, amount_minor, currency, status, provider,
                                       provider_txn_id, created_at, succeeded_at, failure_code)
            VALUES (#{paymentNo}, #{orderNo}, #{buyerId}, #{amountMinor}, #{currency}, #{status}, #{provider},
                    #{providerTxnId}, #{createdAt}, #{succeededAt}, #{failureCode})""")
    void insert(PaymentOrderRow row);

    @Select(COLUMNS + " WHERE payment_no = #{paymentNo}")
    PaymentOrderRow findByPaymentNo(String paymentNo);

    /** The order's PENDING or SUCCEEDED payment (at most one); FAILED ones are not live. */
    @Select(COLUMNS + " WHERE live_order_no = #{orderNo}")
    PaymentOrderRow findLiveByOrderNo(String orderNo);

    /** Every payment of the order, oldest first. */
    @Select(COLUMNS + " WHERE order_no = #{orderNo} ORDER BY created_at, payment_no")
    java.util.List<PaymentOrderRow> findAllByOrderNo(String orderNo);

    /** Guarded by the status the move leaves: 0 rows when the payment is no longer {@code from}. */
    @Update("""
            UPDATE payment_order SET status = #{to}, provider_txn_id = #{providerTxnId}, succeeded_at = #{succeededAt},
                                     failure_code = #{failureCode}
            WHERE payment_no = #{paymentNo} AND status = #{from}""")
    int moveStatus(@Param("paymentNo") String paymentNo, @Param("from") String from, @Param("to") String to,
                   @Param("providerTxnId") String providerTxnId, @Param("succeededAt") Instant succeededAt,
                   @Param("failureCode") String failureCode);

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
