package io.kaola.order.api;

import io.kaola.common.error.ErrorCode;
import io.kaola.common.error.ErrorKind;

/** Refusals of kaola-order; codes are "ORDER_" + name(), listed in docs/errors.md. */
public enum OrderError implements ErrorCode {
    NOT_FOUND(ErrorKind.NOT_FOUND, "Order not found"),
    INVALID_ORDER(ErrorKind.INVALID, "Invalid order"),
    ILLEGAL_TRANSITION(ErrorKind.CONFLICT, "Order cannot move to that state"),
    AMOUNT_MISMATCH(ErrorKind.CONFLICT, "Paid amount differs from the order total"),
    /** The Idempotency-Key of an earlier order came with a different request (buyer, lines or address): 422. */
    IDEMPOTENCY_KEY_REUSED(ErrorKind.UNPROCESSABLE, "Idempotency key already used for another request"),
    /** Cancel refused: the payment provider has already taken the money; the order becomes PAID shortly. */
    ALREADY_PAID(ErrorKind.CONFLICT, "Order already paid"),
    /**
     * Cancel refused: customs has released the order (or it has shipped): the goods leave the bonded warehouse, so
     * it can no longer be cancelled; after delivery the shopper may return it. 409.
     */
    ALREADY_RELEASED(ErrorKind.CONFLICT, "Order already released by customs"),
    /** A return of an order that is not DELIVERED or COMPLETED, or past the return period. 409. */
    NOT_RETURNABLE(ErrorKind.CONFLICT, "Order cannot be returned"),
    /** A return request that breaks its rules (the message names the line or field). 400. */
    INVALID_RETURN(ErrorKind.INVALID, "Invalid return"),
    /** No such return. 404. */
    RETURN_NOT_FOUND(ErrorKind.NOT_FOUND, "Return not found"),
    /**
     * The coupon asked for takes nothing off this cart (no line in its scope, threshold not reached): the order is not
     * placed, so the shopper does not pay more than they expected; the message is kaola-pricing's reason. 422.
     */
    COUPON_NOT_APPLICABLE(ErrorKind.UNPROCESSABLE, "Coupon does not apply to this cart"),
    /** A cart change that breaks its rules (quantity 1..99, at most 50 lines, a SKU code); the message names it. */
    INVALID_CART(ErrorKind.INVALID, "Invalid cart change"),
    /** The SKU has no line in the buyer's cart. */
    CART_LINE_NOT_FOUND(ErrorKind.NOT_FOUND, "Cart line not found");

    private final ErrorKind kind;
    private final String title;

    OrderError(ErrorKind kind, String title) { this.kind = kind; this.title = title; }

    @Override public String prefix() { return "ORDER"; }
    @Override public ErrorKind kind() { return kind; }
    @Override public String title() { return title; }
}
