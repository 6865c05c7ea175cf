package io.kaola.payment.refund.infrastructure;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

/** Statements on {@code refund} and {@code refund_notification} (SQL: mapper/RefundMapper.xml). */
@Mapper
public interface RefundMapper {

    /** Fails with a duplicate key on a used idempotency key or refund number. */
    void insert(RefundRow row);

    RefundRow findByRefundNo(String refundNo);

    RefundRow findByIdempotencyKey(String idempotencyKey);

    /** Oldest first. */
    List<RefundRow> findByPaymentNo(String paymentNo);

    /** Oldest first. */
    List<RefundRow> findByOrderNo(String orderNo);

    /** Requested or decided in [from, to), oldest first. */
    List<RefundRow> inWindow(@Param("from") Instant from, @Param("to") Instant to);

    /** Newest first; status null = all. */
    List<RefundRow> page(@Param("status") String status, @Param("limit") int limit, @Param("offset") long offset);

    long count(@Param("status") String status);

    /** 0 rows when acknowledged before or no longer PENDING. */
    int recordAck(@Param("refundNo") String refundNo, @Param("providerRefundId") String providerRefundId,
                  @Param("at") Instant at);

    /** Guarded by the status the move leaves: 0 rows when the refund is no longer {@code from}. */
    int moveStatus(@Param("refundNo") String refundNo, @Param("from") String from, @Param("to") String to,
                   @Param("providerRefundId") String providerRefundId, @Param("failureReason") String failureReason,
                   @Param("decidedAt") Instant decidedAt);

    /** Fails with a duplicate key on a repeated (provider, provider_refund_id, outcome). */
    void insertNotification(@Param("provider") String provider, @Param("providerRefundId") String providerRefundId,
                            @Param("outcome") String outcome, @Param("refundNo") String refundNo,
                            @Param("body") String body, @Param("receivedAt") Instant receivedAt);

    int countNotificationsOfRefund(String refundNo);

    /** PENDING, not acknowledged, requested before {@code before}; oldest first. */
    List<RefundRow> awaitingProvider(@Param("before") Instant before, @Param("limit") int limit);

    /** Payments with a refund due recorded before {@code before} and no refund of key due:&lt;paymentNo&gt;; oldest first. */
    List<String> paymentsDueWithoutRefund(@Param("before") Instant before, @Param("limit") int limit);
}
