package io.kaola.payment.charge.application;

import io.kaola.payment.charge.domain.PaymentOrder;

/**
 * Told, outside any database transaction, that a payment's money is recorded as a refund due (the port; the refunds
 * feature implements it by refunding the payment in full). Implementations never throw: a failure is logged and
 * left to the refund retry job.
 */
public interface RefundDueListener {
    /** @param payment the payment as read after the refund due was recorded (reason set) */
    void refundDueRecorded(PaymentOrder payment);
}
