package io.kaola.payment.refund.domain;

import io.kaola.common.state.StateMachine;
import io.kaola.common.state.Transition;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.api.RefundStatus;

import java.util.Set;

import static io.kaola.payment.api.RefundStatus.FAILED;
import static io.kaola.payment.api.RefundStatus.PENDING;
import static io.kaola.payment.api.RefundStatus.SUCCEEDED;

/**
 * Every legal move of a refund ({@link #LIFECYCLE}):
 * <pre>
 *   (none) --REQUEST--> PENDING --SUCCEED--> SUCCEEDED
 *                              \--FAIL-----> FAILED
 * </pre>
 * SUCCEED and FAIL arrive from the provider's signed refund notification, which it repeats: a notification that finds
 * the refund decided changes nothing. A REQUEST that finds the refund (same idempotency key) answers it as it is.
 */
public enum RefundTransition implements Transition<RefundStatus> {
    /** Ops, an after-sale or a late payment ask for money back: the refund is recorded, then asked of the provider. */
    REQUEST(PENDING),
    /** The provider says the money went back. */
    SUCCEED(SUCCEEDED, PENDING),
    /** The provider refused the refund: the amount is refundable again. */
    FAIL(FAILED, PENDING);

    /**
     * The one transition table of a refund: the three moves; every repeat stays; a REQUEST of an existing refund stays
     * (it is answered as it is); a late SUCCEED or FAIL that finds the other outcome stays (the first verified
     * notification decided); SUCCEED or FAIL of no refund is PAYMENT_REFUND_NOT_FOUND.
     */
    public static final StateMachine<RefundStatus, RefundTransition> LIFECYCLE =
            StateMachine.of(RefundStatus.class, RefundTransition.class)
                    .refusedWith(PaymentError.ILLEGAL_TRANSITION)
                    .repeatsStay()
                    .creates(REQUEST)
                    .stay(REQUEST, PENDING, "the refund exists (same idempotency key): answered as it is")
                    .stay(REQUEST, SUCCEEDED, "the refund exists (same idempotency key): answered as it is")
                    .stay(REQUEST, FAILED, "the refund exists (same idempotency key): answered as it is")
                    .stay(SUCCEED, FAILED, "the refund failed by an earlier notification; a later one changes nothing")
                    .stay(FAIL, SUCCEEDED, "the refund succeeded by an earlier notification; a later one changes nothing")
                    .refuse(SUCCEED, null, PaymentError.REFUND_NOT_FOUND, "no such refund")
                    .refuse(FAIL, null, PaymentError.REFUND_NOT_FOUND, "no such refund")
                    .build();

    private final RefundStatus to;
    private final Set<RefundStatus> from;

    RefundTransition(RefundStatus to, RefundStatus... from) {
        this.to = to;
        this.from = Set.of(from);
    }

    /** @return the status this transition leaves the refund in */
    @Override public RefundStatus target() { return to; }

    /** @return the statuses it moves from; empty for REQUEST, which starts from no refund */
    @Override public Set<RefundStatus> sources() { return from; }
}
