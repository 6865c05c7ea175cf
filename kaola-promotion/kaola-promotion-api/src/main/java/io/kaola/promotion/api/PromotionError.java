package io.kaola.promotion.api;

import io.kaola.common.error.ErrorCode;
import io.kaola.common.error.ErrorKind;

/** Refusals of kaola-promotion; codes are "PROMOTION_" + name(), listed in docs/errors.md. */
public enum PromotionError implements ErrorCode {
    /** A coupon template, activity or grant request that breaks its rules (the message names the field). */
    INVALID_TEMPLATE(ErrorKind.INVALID, "Invalid coupon template"),
    /** An activity that breaks its rules (the message names the field). */
    INVALID_ACTIVITY(ErrorKind.INVALID, "Invalid activity"),
    /** A grant (bulk issue) request that breaks its rules, or a grant id reused for another request. */
    INVALID_GRANT(ErrorKind.INVALID, "Invalid coupon grant"),
    /** No such coupon template. */
    TEMPLATE_NOT_FOUND(ErrorKind.NOT_FOUND, "Coupon template not found"),
    /** No such coupon for this shopper (also another shopper's coupon). */
    COUPON_NOT_FOUND(ErrorKind.NOT_FOUND, "Coupon not found"),
    /** No such activity. */
    ACTIVITY_NOT_FOUND(ErrorKind.NOT_FOUND, "Activity not found"),
    /** No such grant. */
    GRANT_NOT_FOUND(ErrorKind.NOT_FOUND, "Coupon grant not found"),
    /** The template is not claimable by shoppers, not yet or no longer valid. */
    TEMPLATE_NOT_CLAIMABLE(ErrorKind.CONFLICT, "Coupon template not claimable"),
    /** Every coupon of the template has been issued. */
    TEMPLATE_EXHAUSTED(ErrorKind.CONFLICT, "Coupon template exhausted"),
    /** The shopper already holds the template's per-user limit. */
    CLAIM_LIMIT_REACHED(ErrorKind.CONFLICT, "Coupon claim limit reached"),
    /**
     * The coupon cannot be used by this order: not UNUSED (locked by another order, used, expired), or outside its
     * validity; the message says which.
     */
    COUPON_NOT_USABLE(ErrorKind.CONFLICT, "Coupon not usable"),
    /** The coupon's transition table refuses the move (CouponTransition.LIFECYCLE). */
    ILLEGAL_TRANSITION(ErrorKind.CONFLICT, "Coupon cannot make this move");

    private final ErrorKind kind;
    private final String title;

    PromotionError(ErrorKind kind, String title) { this.kind = kind; this.title = title; }

    @Override public String prefix() { return "PROMOTION"; }
    @Override public ErrorKind kind() { return kind; }
    @Override public String title() { return title; }
}
