package io.kaola.promotion.seckill.domain;

/**
 * PENDING: written, units not held yet (a moment during creation). HELD: units set aside in kaola-inventory and warmed
 * into Redis; the window says whether it is on. ENDED: no more admissions, the unsold units went back to stock.
 * Moved only by {@link FlashSaleTransition}.
 */
public enum FlashSaleStatus { PENDING, HELD, ENDED }
