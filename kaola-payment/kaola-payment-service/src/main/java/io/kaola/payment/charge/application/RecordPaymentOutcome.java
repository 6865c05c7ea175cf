package io.kaola.payment.charge.application;

import io.kaola.payment.api.RefundDueReason;
import io.kaola.payment.charge.domain.CommitOutcomeUnknownException;
import io.kaola.payment.charge.domain.PaymentOrder;
import io.kaola.payment.charge.domain.PaymentRepository;
import io.kaola.payment.charge.domain.ProviderPayment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * What a provider notification does to its payment, in one database transaction, both or neither: the
 * notification record and the guarded move PENDING → SUCCEEDED (the local transaction of a PaymentSucceeded
 * message) or PENDING → FAILED (e.g. the payer is not the buyer; no message: the order stays PENDING_PAYMENT
 * and may be paid again); or, for a payment we CLOSED that the provider took money for anyway, the notification
 * record and the refund due.
 */
@Component
public class RecordPaymentOutcome {
    private final PaymentRepository payments;
    private final TransactionTemplate tx;
    private final Clock clock;

    public RecordPaymentOutcome(PaymentRepository payments, TransactionTemplate tx, Clock clock) {
        this.payments = payments;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * @param before   the payment as read, PENDING
     * @param after    the same payment after its move ({@link PaymentOrder#succeed} or {@link PaymentOrder#fail}),
     *                 written guarded by {@code before}'s status
     * @param provider the notifying provider
     * @param body     the notification body as received (it holds the payer's number only masked)
     * @return true when committed; false when the notification or another outcome was already recorded
     *         (rolled back, nothing changed)
     * @throws CommitOutcomeUnknownException when the COMMIT itself failed (it may have been applied)
     */
    public boolean record(PaymentOrder before, PaymentOrder after, String provider, String body) {
        boolean[] committing = {false};
        try {
            Boolean committed = tx.execute(status -> {
                boolean firstTime = payments.recordNotification(provider, after.providerTxnId(), after.paymentNo(),
                        body, clock.instant());
                if (!firstTime || !payments.move(before, after)) {
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

    /**
     * A notification for a CLOSED payment: records it and the refund due (reason PAYMENT_CLOSED, the provider's
     * transaction kept on the payment), in one transaction; the payment stays CLOSED.
     *
     * @param closed   the payment, CLOSED
     * @param paid     what the provider says it took
     * @param provider the notifying provider
     * @param body     the notification body as received
     * @return true when committed; false when this notification was recorded before (nothing changed)
     */
    public boolean recordPaidAfterClose(PaymentOrder closed, ProviderPayment paid, String provider, String body) {
        Boolean committed = tx.execute(status -> {
            if (!payments.recordNotification(provider, paid.providerTxnId(), closed.paymentNo(), body, clock.instant())) {
                status.setRollbackOnly();
                return false;
            }
            payments.markRefundDue(closed.paymentNo(), RefundDueReason.PAYMENT_CLOSED,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS), paid.providerTxnId());
            return true;
        });
        return Boolean.TRUE.equals(committed);
    }
}
