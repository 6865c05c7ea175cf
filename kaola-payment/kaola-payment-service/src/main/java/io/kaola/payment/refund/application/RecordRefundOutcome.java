package io.kaola.payment.refund.application;

import io.kaola.payment.api.RefundSucceeded;
import io.kaola.payment.charge.application.TransactionalMessages;
import io.kaola.payment.charge.domain.CommitOutcomeUnknownException;
import io.kaola.payment.refund.domain.Refund;
import io.kaola.payment.refund.domain.RefundRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Map;

/**
 * What the provider's decision does to a refund, in one database transaction, both or neither: the notification
 * record (when it came by notification) and the guarded move PENDING → SUCCEEDED — the local transaction of a
 * RefundSucceeded transactional message — or PENDING → FAILED (no message).
 */
@Component
public class RecordRefundOutcome {
    private final RefundRepository refunds;
    private final TransactionalMessages messages;
    private final TransactionTemplate tx;
    private final Clock clock;

    public RecordRefundOutcome(RefundRepository refunds, TransactionalMessages messages, TransactionTemplate tx,
                               Clock clock) {
        this.refunds = refunds;
        this.messages = messages;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * PENDING → SUCCEEDED with RefundSucceeded (topic {@value RefundSucceeded#TOPIC}, key refundNo) as a transactional
     * message; never call it inside a database transaction.
     *
     * @param before   the refund as read, PENDING
     * @param after    {@code before.succeed(…)}
     * @param provider the provider that decided
     * @param outcome  the notification's outcome ("SUCCEEDED"), part of its record's key
     * @param body     the notification body as received; null when the provider answered at once (nothing to record)
     * @return true when committed (the message is committed too); false when this notification or another decision
     *         was recorded first (nothing changed, no message)
     * @throws io.kaola.common.error.KaolaException COMMON_SERVICE_UNAVAILABLE (broker down: nothing recorded)
     */
    public boolean succeed(Refund before, Refund after, String provider, String outcome, String body) {
        RefundSucceeded event = new RefundSucceeded(after.refundNo(), after.paymentNo(), after.orderNo(), after.buyerId(),
                after.amount(), after.idempotencyKey(), after.lines(), after.decidedAt());
        return messages.send(RefundSucceeded.TOPIC, after.refundNo(), event, Map.of(),
                () -> record(before, after, provider, outcome, body));
    }

    /**
     * PENDING → FAILED (no message).
     *
     * @return true when committed; false when recorded or decided before (nothing changed)
     */
    public boolean fail(Refund before, Refund after, String provider, String outcome, String body) {
        return record(before, after, provider, outcome, body);
    }

    /** @throws CommitOutcomeUnknownException when the COMMIT itself failed (it may have been applied) */
    private boolean record(Refund before, Refund after, String provider, String outcome, String body) {
        boolean[] committing = {false};
        try {
            Boolean committed = tx.execute(status -> {
                boolean firstTime = body == null || refunds.recordNotification(provider, after.providerRefundId(),
                        outcome, after.refundNo(), body, clock.instant());
                if (!firstTime || !refunds.move(before, after)) {
                    status.setRollbackOnly();
                    return false;
                }
                committing[0] = true;
                return true;
            });
            return Boolean.TRUE.equals(committed);
        } catch (RuntimeException e) {
            if (committing[0]) throw new CommitOutcomeUnknownException("commit of refund " + after.refundNo() + " failed", e);
            throw e;
        }
    }
}
