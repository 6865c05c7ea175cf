package io.kaola.pricing.api;

/**
 * The per-transaction test on the order's dutiable value (财关税〔2018〕49号):
 * WITHIN_LIMIT (<= 5,000 CNY: tariff 0, VAT and CT at 70%); SINGLE_ITEM_OVER_LIMIT (one indivisible item,
 * quantity 1, > 5,000 and < 26,000: allowed, full tax); OVER_TRANSACTION_LIMIT (refused before payment).
 */
public enum LimitVerdict { WITHIN_LIMIT, SINGLE_ITEM_OVER_LIMIT, OVER_TRANSACTION_LIMIT }
