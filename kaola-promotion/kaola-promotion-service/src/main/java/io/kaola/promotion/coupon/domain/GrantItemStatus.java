package io.kaola.promotion.coupon.domain;

/** One user of a bulk grant: PENDING until its message is handled, then ISSUED or REFUSED (GrantItemTransition). */
public enum GrantItemStatus { PENDING, ISSUED, REFUSED }
