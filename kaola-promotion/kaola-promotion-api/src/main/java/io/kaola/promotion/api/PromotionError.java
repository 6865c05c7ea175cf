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
    ILLEGAL_TRANSITION(ErrorKind.CONFLICT, "Coupon cannot make this move"),
    /** A flash sale that breaks its rules (the message names the field). */
    INVALID_FLASH_SALE(ErrorKind.INVALID, "Invalid flash sale"),
    /** No such flash sale. */
    FLASH_SALE_NOT_FOUND(ErrorKind.NOT_FOUND, "Flash sale not found"),
    /** The flash sale has not started yet (tokens are handed out shortly before the start). */
    FLASH_SALE_NOT_STARTED(ErrorKind.CONFLICT, "Flash sale not started"),
    /** The flash sale is over. */
    FLASH_SALE_ENDED(ErrorKind.CONFLICT, "Flash sale ended"),
    /** Every unit of the flash sale is taken (some may come back if an order cannot be created: try again later). */
    FLASH_SALE_SOLD_OUT(ErrorKind.CONFLICT, "Flash sale sold out"),
    /** The shopper already took the sale's per-user limit. */
    FLASH_SALE_LIMIT_REACHED(ErrorKind.CONFLICT, "Flash sale limit reached"),
    /** The attempt token is missing, expired or already used: fetch a new one. */
    FLASH_SALE_BAD_TOKEN(ErrorKind.CONFLICT, "Flash sale attempt token not valid"),
    /** Too many attempts on this SKU at this moment (hot-SKU flow rule): try again in a second. */
    FLASH_SALE_BUSY(ErrorKind.TOO_MANY_REQUESTS, "Flash sale busy"),
    /** No such attempt for this shopper. */
    ATTEMPT_NOT_FOUND(ErrorKind.NOT_FOUND, "Flash sale attempt not found");

    private final ErrorKind kind;
    private final String title;

    PromotionError(ErrorKind kind, String title) { this.kind = kind; this.title = title; }

    @Override public String prefix() { return "PROMOTION"; }
    @Override public ErrorKind kind() { return kind; }
    @Override public String title() { return title; }
}
