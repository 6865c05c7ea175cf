package io.kaola.payment.sandbox;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

/**
 * Statements on {@code sandbox_refund} (SQL: mapper/SandboxRefundMapper.xml). Status moves only write what
 * {@link SandboxRefundTransition#LEDGER} decided, guarded by the status they leave.
 */
@Mapper
public interface SandboxRefundMapper {

    /** Records a new refund in {@code status}; fails with a duplicate key when the refund number exists. */
    void insert(@Param("refundNo") String refundNo, @Param("paymentNo") String paymentNo,
                @Param("amountMinor") long amountMinor, @Param("currency") String currency,
                @Param("status") SandboxRefundStatus status, @Param("providerRefundId") String providerRefundId,
                @Param("failureReason") String failureReason, @Param("requestedAt") Instant requestedAt);

    SandboxRefundRow findByRefundNo(String refundNo);

    /** @return the total of the payment's refunds that are PROCESSING or SUCCEEDED, minor units (0 when none) */
    long refundedOrRefunding(String paymentNo);

    /** {@link SandboxRefundTransition#SETTLE} from {@code from}: 0 rows when no longer in it. */
    int settle(@Param("refundNo") String refundNo, @Param("from") SandboxRefundStatus from,
               @Param("to") SandboxRefundStatus to, @Param("refundedAt") Instant refundedAt);

    /** Locks the payment's sandbox transaction until the transaction ends (refunds of one payment one at a time). */
    String lockTransaction(String paymentNo);

    /** @return the SUCCEEDED refunds whose refunded_at is in [from, to), by refunded_at (its statement of refunds) */
    List<SandboxRefundRow> refundedBetween(@Param("from") Instant from, @Param("to") Instant to);
}
