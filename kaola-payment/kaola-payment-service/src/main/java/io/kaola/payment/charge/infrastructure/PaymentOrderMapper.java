package io.kaola.payment.charge.infrastructure;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

/** Statements on {@code payment_order} and its {@code payment_notification} records (SQL: mapper/PaymentOrderMapper.xml). */
@Mapper
public interface PaymentOrderMapper {

    /** Fails with a duplicate key when the order already has a live payment (uk_payment_order_live_order_no). */
    void insert(PaymentOrderRow row);

    PaymentOrderRow findByPaymentNo(String paymentNo);

    /** The same row, locked until the transaction ends (SELECT … FOR UPDATE). */
    PaymentOrderRow lockByPaymentNo(String paymentNo);

    /** The order's PENDING or SUCCEEDED payment (at most one); FAILED and CLOSED ones are not live. */
    PaymentOrderRow findLiveByOrderNo(String orderNo);

    /** Every payment of the order, oldest first. */
    List<PaymentOrderRow> findAllByOrderNo(String orderNo);

    /** Every payment created or succeeded in [from, to), oldest first. */
    List<PaymentOrderRow> inWindow(@Param("from") Instant from, @Param("to") Instant to);

    /**
     * Guarded by the status the move leaves: 0 rows when the payment is no longer {@code from}. A refund due
     * already recorded is kept.
     */
    int moveStatus(@Param("paymentNo") String paymentNo, @Param("from") String from, @Param("to") String to,
                   @Param("providerTxnId") String providerTxnId, @Param("succeededAt") Instant succeededAt,
                   @Param("failureCode") String failureCode, @Param("closedAt") Instant closedAt,
                   @Param("refundDueReason") String refundDueReason, @Param("refundDueAt") Instant refundDueAt);

    int updatePayUrl(@Param("paymentNo") String paymentNo, @Param("payUrl") String payUrl);

    /**
     * Records a refund due once: 0 rows when one is recorded already (the first reason and time stay). Keeps the
     * payment's provider transaction, or takes {@code providerTxnId} when it has none (a CLOSED payment paid anyway).
     */
    int markRefundDue(@Param("paymentNo") String paymentNo, @Param("reason") String reason, @Param("at") Instant at,
                      @Param("providerTxnId") String providerTxnId);

    /** Payments with a refund due, newest first. */
    List<PaymentOrderRow> findRefundsDue(@Param("limit") int limit, @Param("offset") long offset);

    long countRefundsDue();

    /** Fails with a duplicate key on a repeated (provider, provider_txn_id). */
    void insertNotification(@Param("provider") String provider, @Param("providerTxnId") String providerTxnId,
                            @Param("paymentNo") String paymentNo, @Param("body") String body,
                            @Param("receivedAt") Instant receivedAt);

    int countNotifications(@Param("provider") String provider, @Param("providerTxnId") String providerTxnId);

    int countNotificationsOfPayment(String paymentNo);
}
