package io.kaola.promotion.api;

/** What a coupon takes off. Either may carry a threshold (满减 coupon: "20 off 199"). */
public enum CouponKind {
    /** A fixed CNY amount off the lines in scope (capped at what they come to). */
    AMOUNT_OFF,
    /** A percentage (1–99) off the lines in scope, at most the cap when one is set. */
    PERCENT_OFF
}
