package io.kaola.payment.api;

import io.kaola.common.error.ErrorCode;
import io.kaola.common.error.ErrorKind;

/** Refusals of kaola-payment; codes are "PAYMENT_" + name(), listed in docs/errors.md. */
public enum PaymentError implements ErrorCode {
    NOT_FOUND(ErrorKind.NOT_FOUND, "Payment not found"),
    ORDER_NOT_PAYABLE(ErrorKind.CONFLICT, "Order cannot be paid"),
    BAD_SIGNATURE(ErrorKind.FORBIDDEN, "Notification signature invalid"),
    MALFORMED_NOTIFICATION(ErrorKind.INVALID, "Malformed notification"),
    AMOUNT_MISMATCH(ErrorKind.CONFLICT, "Notified amount differs from the payment"),
    /** The provider's adapter does not refund (the interface's default; every configured adapter should). */
    REFUND_NOT_SUPPORTED(ErrorKind.CONFLICT, "Refunds are not supported by this provider yet"),
    /**
     * The payment's transition table refuses the move (PaymentTransition.LIFECYCLE in kaola-payment-service), e.g.
     * closing a payment whose money the provider has taken; also the sandbox ledger's refusals (never on the wire).
     */
    ILLEGAL_TRANSITION(ErrorKind.CONFLICT, "Payment cannot make this move"),
    /** A refund request that breaks its rules (the message names the field). */
    INVALID_REFUND(ErrorKind.INVALID, "Invalid refund"),
    /** A refund of more than what is left refundable on the payment (paid minus refunds not FAILED). */
    REFUND_EXCEEDS_PAID(ErrorKind.CONFLICT, "Refund exceeds what is left refundable"),
    /** No such refund. */
    REFUND_NOT_FOUND(ErrorKind.NOT_FOUND, "Refund not found"),
    /** The provider's adapter cannot give a statement (the interface's default): reconciliation cannot compare. */
    STATEMENT_NOT_SUPPORTED(ErrorKind.CONFLICT, "Statements are not supported by this provider yet"),
    /** No reconciliation has run yet (ReconciliationService.latest). */
    REPORT_NOT_FOUND(ErrorKind.NOT_FOUND, "No reconciliation report yet"),
    /** A reconciliation is already running on the instance asked: ask for its report when it is done. */
    RECONCILIATION_RUNNING(ErrorKind.CONFLICT, "A reconciliation is already running");

    private final ErrorKind kind;
    private final String title;

    PaymentError(ErrorKind kind, String title) { this.kind = kind; this.title = title; }

    @Override public String prefix() { return "PAYMENT"; }
    @Override public ErrorKind kind() { return kind; }
    @Override public String title() { return title; }
}
