package io.kaola.payment.sandbox;

import io.kaola.common.state.StateMachine;
import io.kaola.common.state.Transition;
import io.kaola.payment.api.PaymentError;

import java.util.Set;

import static io.kaola.payment.sandbox.SandboxRefundStatus.FAILED;
import static io.kaola.payment.sandbox.SandboxRefundStatus.PROCESSING;
import static io.kaola.payment.sandbox.SandboxRefundStatus.SUCCEEDED;

/**
 * Every legal move of a sandbox refund ({@link #LEDGER}):
 * <pre>
 *   (none) --ACCEPT--> PROCESSING --SETTLE--> SUCCEEDED
 *   (none) --REFUSE--> FAILED
 * </pre>
 * The sandbox is idempotent on our refund number: a refund asked again finds its record and is answered as it is.
 */
public enum SandboxRefundTransition implements Transition<SandboxRefundStatus> {
    /** The transaction is PAID and the amount fits in what is left: accepted, the money goes back shortly. */
    ACCEPT(PROCESSING),
    /** Not PAID, or more than paid would be refunded: refused at once, recorded so that a repeat answers the same. */
    REFUSE(FAILED),
    /** After the refund delay: the money went back; the signed refund notification follows. */
    SETTLE(SUCCEEDED, PROCESSING);

    /**
     * The sandbox refund ledger's transition table. ACCEPT or REFUSE of a refund it has (the same refund number again)
     * stays: it is answered as it is. SETTLE of a FAILED refund is refused (never on the wire), of none too.
     */
    public static final StateMachine<SandboxRefundStatus, SandboxRefundTransition> LEDGER =
            StateMachine.of(SandboxRefundStatus.class, SandboxRefundTransition.class)
                    .refusedWith(PaymentError.ILLEGAL_TRANSITION)
                    .repeatsStay()
                    .creates(ACCEPT)
                    .creates(REFUSE)
                    .stay(ACCEPT, SUCCEEDED, "the refund exists (same refund number): answered as it is")
                    .stay(ACCEPT, FAILED, "the refund exists (same refund number): answered as it is")
                    .stay(REFUSE, PROCESSING, "the refund exists (same refund number): answered as it is")
                    .stay(REFUSE, SUCCEEDED, "the refund exists (same refund number): answered as it is")
                    .refuse(SETTLE, FAILED, PaymentError.ILLEGAL_TRANSITION, "a refused refund returns no money")
                    .refuse(SETTLE, null, PaymentError.ILLEGAL_TRANSITION, "the sandbox has no such refund")
                    .build();

    private final SandboxRefundStatus to;
    private final Set<SandboxRefundStatus> from;

    SandboxRefundTransition(SandboxRefundStatus to, SandboxRefundStatus... from) {
        this.to = to;
        this.from = Set.of(from);
    }

    @Override public SandboxRefundStatus target() { return to; }

    @Override public Set<SandboxRefundStatus> sources() { return from; }
}
