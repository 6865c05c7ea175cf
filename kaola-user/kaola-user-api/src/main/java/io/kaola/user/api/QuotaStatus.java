package io.kaola.user.api;

/** RESERVED at order placement → CONFIRMED on payment, or → RELEASED on cancel/refund. */
public enum QuotaStatus { RESERVED, CONFIRMED, RELEASED }
