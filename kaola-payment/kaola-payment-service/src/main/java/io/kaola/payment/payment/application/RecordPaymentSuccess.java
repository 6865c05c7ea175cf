package io.kaola.payment.payment.application;

import io.kaola.payment.payment.domain.PaymentOrder;
import io.kaola.payment.payment.domain.PaymentTransition;
import io.kaola.payment.payment.infrastructure.CommitOutcomeUnknownException;
import io.kaola.payment.payment.infrastructure.PaymentRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * The local transaction of a PaymentSucceeded message: the notification record and the guarded
 * PENDING → SUCCEEDED move, in one database transaction, both or neither.
 */
@Component
public class RecordPaymentSuccess {
    private final PaymentRepository payments;
    private final TransactionTemplate tx;
    private final Clock clock;

    public RecordPaymentSuccess(PaymentRepository payments, TransactionTemplate tx, Clock clock) {
        this.payments = payments;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * @param before   the payment as read, PENDING
     * @param after    the same payment SUCCEEDED ({@link PaymentOrder#succeed})
     * @param provider the notifying provider
     * @param body     the notification body as received
     * @return true when committed; false when the notification or the success was already recorded
     *         (rolled back, nothing changed)
     * @throws CommitOutcomeUnknownException when the COMMIT itself failed (it may have been applied)
     */
    public boolean record(PaymentOrder before, PaymentOrder after, String provider, String body) {
        boolean[] committing = {false};
        try {
            Boolean committed = tx.execute(status -> {
                boolean firstTime = payments.recordNotification(provider, after.providerTxnId(), after.paymentNo(),
                        body, clock.instant());
                if (!firstTime || !payments.apply(PaymentTransition.SUCCEED, before, after)) {
                    status.setRollbackOnly();
                    return false;
                }
                committing[0] = true;
                return true;
            });
            return Boolean.TRUE.equals(committed);
        } catch (RuntimeException e) {
            if (committing[0]) throw new CommitOutcomeUnknownException("commit of payment " + after.paymentNo() + " failed", e);
            throw e;
        }
    }
}
