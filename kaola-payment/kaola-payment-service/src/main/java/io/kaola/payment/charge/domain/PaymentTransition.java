package io.kaola.payment.charge.domain;

import io.kaola.payment.api.PaymentStatus;

import java.util.Set;

import static io.kaola.payment.api.PaymentStatus.CLOSED;
import static io.kaola.payment.api.PaymentStatus.FAILED;
import static io.kaola.payment.api.PaymentStatus.PENDING;
import static io.kaola.payment.api.PaymentStatus.SUCCEEDED;

/** Every legal move of a payment order; nothing else writes a payment status. SUCCEEDED, FAILED and CLOSED are final. */
public enum PaymentTransition {
    /** A verified provider notification says the money was taken. */
    SUCCEED(SUCCEEDED, PENDING),
    /** A verified provider notification says the payment cannot count, e.g. the payer is not the buyer. */
    FAIL(FAILED, PENDING),
    /** The provider confirmed that the payment is closed (the order is being cancelled): it can take no money. */
    CLOSE(CLOSED, PENDING);

    private final PaymentStatus to;
    private final Set<PaymentStatus> from;

    PaymentTransition(PaymentStatus to, PaymentStatus... from) {
        this.to = to;
        this.from = Set.of(from);
    }

    /**
     * @param status the current status
     * @return the status after this transition
     * @throws IllegalStateException when the transition does not start at {@code status}: callers detect
     *         duplicates first (a repeated notification never gets here), so this is a bug, not a refusal
     */
    public PaymentStatus applyTo(PaymentStatus status) {
        if (!from.contains(status)) throw new IllegalStateException(name() + " from " + status);
        return to;
    }

    /** @return true when this transition may start at {@code status} */
    public boolean startsAt(PaymentStatus status) { return from.contains(status); }

    /** @return the status the transition leaves */
    public PaymentStatus to() { return to; }
}
