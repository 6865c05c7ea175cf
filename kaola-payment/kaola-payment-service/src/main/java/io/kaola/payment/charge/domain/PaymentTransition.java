package io.kaola.payment.charge.domain;

import io.kaola.common.state.StateMachine;
import io.kaola.common.state.Transition;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.api.PaymentStatus;

import java.util.Set;

import static io.kaola.payment.api.PaymentStatus.CLOSED;
import static io.kaola.payment.api.PaymentStatus.FAILED;
import static io.kaola.payment.api.PaymentStatus.PENDING;
import static io.kaola.payment.api.PaymentStatus.SUCCEEDED;

/**
 * Every legal move of a payment order; nothing else writes a payment status. Only PENDING moves: SUCCEEDED, FAILED and
 * CLOSED are final. What a move means from a final status is declared once, on {@link #LIFECYCLE}.
 */
public enum PaymentTransition implements Transition<PaymentStatus> {
    /** A verified provider notification says the money was taken. */
    SUCCEED(SUCCEEDED, PENDING),
    /** A verified provider notification says the payment cannot count, e.g. the payer is not the buyer. */
    FAIL(FAILED, PENDING),
    /** The provider confirmed that the payment is closed (the order is being cancelled): it can take no money. */
    CLOSE(CLOSED, PENDING);

    /**
     * The one transition table of a payment (docs/payments.md). A notification (SUCCEED or FAIL) that finds the payment
     * decided already changes nothing: a repeat, another transaction of a decided payment (ops refund it), or money
     * taken for a CLOSED payment (its refund due is recorded beside the status, which stays CLOSED). Closing a closed
     * or failed payment changes nothing; closing one whose money was taken is refused with PAYMENT_ILLEGAL_TRANSITION.
     * Every move of a payment that does not exist is refused with PAYMENT_NOT_FOUND.
     */
    public static final StateMachine<PaymentStatus, PaymentTransition> LIFECYCLE =
            StateMachine.of(PaymentStatus.class, PaymentTransition.class)
                    .refusedWith(PaymentError.ILLEGAL_TRANSITION)
                    .repeatsStay()
                    .stay(SUCCEED, FAILED, "the payment failed by an earlier notification; a later one changes nothing")
                    .stay(SUCCEED, CLOSED, "a closed payment takes no money: it stays CLOSED and what the provider"
                            + " took anyway is recorded as a refund due")
                    .stay(FAIL, SUCCEEDED, "the payment succeeded by an earlier notification; a later one changes nothing")
                    .stay(FAIL, CLOSED, "a closed payment takes no money: it stays CLOSED and what the provider"
                            + " took anyway is recorded as a refund due")
                    .stay(CLOSE, FAILED, "a failed payment takes no money already")
                    .refuse(CLOSE, SUCCEEDED, PaymentError.ILLEGAL_TRANSITION, "the provider took the money of this"
                            + " payment: a close cannot undo it (the order is paid, or its refund is due)")
                    .refuse(SUCCEED, null, PaymentError.NOT_FOUND, "no such payment")
                    .refuse(FAIL, null, PaymentError.NOT_FOUND, "no such payment")
                    .refuse(CLOSE, null, PaymentError.NOT_FOUND, "no such payment")
                    .build();

    private final PaymentStatus to;
    private final Set<PaymentStatus> from;

    PaymentTransition(PaymentStatus to, PaymentStatus... from) {
        this.to = to;
        this.from = Set.of(from);
    }

    @Override public PaymentStatus target() { return to; }

    @Override public Set<PaymentStatus> sources() { return from; }
}
