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
            + " created_at, succeeded_at FROM payment_order";

    /** Fails with a duplicate key when the order already has a payment (uk_payment_order_order_no). */
    @Insert("""
            INSERT INTO payment_order (payment_no, order_no, buyer_id, amount_minor, currency, status, provider,
                                       provider_txn_id, created_at, succeeded_at)
            VALUES (#{paymentNo}, #{orderNo}, #{buyerId}, #{amountMinor}, #{currency}, #{status}, #{provider},
                    #{providerTxnId}, #{createdAt}, #{succeededAt})""")
    void insert(PaymentOrderRow row);

    @Select(COLUMNS + " WHERE payment_no = #{paymentNo}")
    PaymentOrderRow findByPaymentNo(String paymentNo);

    @Select(COLUMNS + " WHERE order_no = #{orderNo}")
    PaymentOrderRow findByOrderNo(String orderNo);

    /** Guarded by the status the move leaves: 0 rows when the payment is no longer {@code from}. */
    @Update("""
            UPDATE payment_order SET status = #{to}, provider_txn_id = #{providerTxnId}, succeeded_at = #{succeededAt}
            WHERE payment_no = #{paymentNo} AND status = #{from}""")
    int moveStatus(@Param("paymentNo") String paymentNo, @Param("from") String from, @Param("to") String to,
                   @Param("providerTxnId") String providerTxnId, @Param("succeededAt") Instant succeededAt);

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
