package io.kaola.payment.sandbox;

import io.kaola.common.state.StateMachine;
import io.kaola.common.state.Transition;
import io.kaola.payment.api.PaymentError;

import java.util.Set;

import static io.kaola.payment.sandbox.SandboxStatus.CLOSED;
import static io.kaola.payment.sandbox.SandboxStatus.OPEN;
import static io.kaola.payment.sandbox.SandboxStatus.PAID;

/**
 * Every legal move of a sandbox transaction; PAID and CLOSED are final. Both moves start at OPEN and are written by one
 * guarded UPDATE each ({@code … WHERE status = 'OPEN'}), so a confirm racing a close has exactly one winner. What a move
 * means from anywhere else is declared once, on {@link #LEDGER}.
 */
public enum SandboxTransition implements Transition<SandboxStatus> {
    /** The payer confirmed with a valid token: the money is taken. */
    PAY(PAID, OPEN),
    /** The merchant closed the payment: it can take no money. */
    CLOSE(CLOSED, OPEN);

    /**
     * The sandbox ledger's transition table. A close of a payment the sandbox never saw records it CLOSED (so a late
     * open cannot make it payable); closing a closed one changes nothing. The refusals are the sandbox's answers, not
     * errors on the wire: paying a PAID or CLOSED payment, or one never opened, pays nothing (the cashier says
     * TOKEN_INVALID, PAYMENT_CLOSED or NOT_OPENED); closing a PAID one answers ALREADY_PAID.
     */
    public static final StateMachine<SandboxStatus, SandboxTransition> LEDGER =
            StateMachine.of(SandboxStatus.class, SandboxTransition.class)
                    .refusedWith(PaymentError.ILLEGAL_TRANSITION)
                    .creates(CLOSE)
                    .stay(CLOSE, CLOSED, "closed already: closing again changes nothing")
                    .refuse(CLOSE, PAID, PaymentError.ILLEGAL_TRANSITION, "the payer paid first: the money is taken")
                    .refuse(PAY, PAID, PaymentError.ILLEGAL_TRANSITION, "paid already: a payment is paid once and its"
                            + " token is used up")
                    .refuse(PAY, CLOSED, PaymentError.ILLEGAL_TRANSITION, "the merchant closed the payment")
                    .refuse(PAY, null, PaymentError.ILLEGAL_TRANSITION, "the sandbox has no such payment")
                    .build();

    private final SandboxStatus to;
    private final Set<SandboxStatus> from;

    SandboxTransition(SandboxStatus to, SandboxStatus... from) {
        this.to = to;
        this.from = Set.of(from);
    }

    @Override public SandboxStatus target() { return to; }

    @Override public Set<SandboxStatus> sources() { return from; }
}
