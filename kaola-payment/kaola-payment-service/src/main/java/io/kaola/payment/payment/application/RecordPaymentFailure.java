package io.kaola.payment.payment.application;

import io.kaola.payment.payment.domain.PaymentOrder;
import io.kaola.payment.payment.domain.PaymentTransition;
import io.kaola.payment.payment.infrastructure.PaymentRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * A notification that fails its payment (e.g. the payer is not the buyer): the notification record and the
 * guarded PENDING → FAILED move, in one database transaction, both or neither. No message: nothing happened
 * that another service must act on (the order stays PENDING_PAYMENT and may be paid again).
 */
@Component
public class RecordPaymentFailure {
    private final PaymentRepository payments;
    private final TransactionTemplate tx;
    private final Clock clock;

    public RecordPaymentFailure(PaymentRepository payments, TransactionTemplate tx, Clock clock) {
        this.payments = payments;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * @param before   the payment as read, PENDING
     * @param after    the same payment FAILED ({@link PaymentOrder#fail})
     * @param provider the notifying provider
     * @param body     the notification body as received (it holds the payer's number only masked)
     * @return true when committed; false when the notification or another outcome was already recorded
     *         (rolled back, nothing changed)
     */
    public boolean record(PaymentOrder before, PaymentOrder after, String provider, String body) {
        Boolean committed = tx.execute(status -> {
            boolean firstTime = payments.recordNotification(provider, after.providerTxnId(), after.paymentNo(), body,
                    clock.instant());
            if (!firstTime || !payments.apply(PaymentTransition.FAIL, before, after)) {
                status.setRollbackOnly();
                return false;
            }
            return true;
        });
        return Boolean.TRUE.equals(committed);
    }
}
