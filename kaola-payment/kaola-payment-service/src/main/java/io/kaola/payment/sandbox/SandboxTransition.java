package io.kaola.payment.sandbox;

/**
 * Every legal move of a sandbox transaction (its one transition table); PAID and CLOSED are final. Both start at
 * OPEN and are written by one guarded UPDATE each ({@code … WHERE status = 'OPEN'}), so a confirm racing a close has
 * exactly one winner.
 */
public enum SandboxTransition {
    /** The payer confirmed with a valid token: the money is taken. */
    PAY(SandboxStatus.PAID, SandboxStatus.OPEN),
    /** The merchant closed the payment: it can take no money. */
    CLOSE(SandboxStatus.CLOSED, SandboxStatus.OPEN);

    private final SandboxStatus to;
    private final SandboxStatus from;

    SandboxTransition(SandboxStatus to, SandboxStatus from) {
        this.to = to;
        this.from = from;
    }

    /** @return the only status this transition starts at */
    public SandboxStatus from() { return from; }

    /** @return the status it leaves */
    public SandboxStatus to() { return to; }

    /** @return true when it may start at {@code status} */
    public boolean startsAt(SandboxStatus status) { return from == status; }

    /**
     * @return the status after this transition
     * @throws IllegalStateException when it does not start at {@code status}
     */
    public SandboxStatus applyTo(SandboxStatus status) {
        if (!startsAt(status)) throw new IllegalStateException(name() + " from " + status);
        return to;
    }
}
