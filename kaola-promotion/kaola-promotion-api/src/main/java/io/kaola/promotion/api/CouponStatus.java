package io.kaola.promotion.api;

/**
 * A shopper's coupon: UNUSED → LOCKED (by one order) → USED (on payment); LOCKED → UNUSED when the order is cancelled,
 * times out or is rejected by customs, or → EXPIRED when it lapsed meanwhile; UNUSED → EXPIRED when it lapses;
 * USED → UNUSED (or EXPIRED once lapsed) when its paid order is cancelled, rejected or refunded (restore, GIVE_BACK).
 * The table is CouponTransition.LIFECYCLE in kaola-promotion.
 */
public enum CouponStatus { UNUSED, LOCKED, USED, EXPIRED }
