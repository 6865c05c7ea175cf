package io.kaola.user.api;

import io.kaola.common.money.Money;

import java.io.Serializable;

/**
 * Gives back part of a paid order's quota: the dutiable value of returned goods (docs/cross-border.md §1, §4.6).
 *
 * @param orderNo    the order whose CONFIRMED reservation is restored
 * @param restoreKey 1..64 characters, e.g. the return's id; the idempotency key together with orderNo
 *                   (the same key again returns the reservation unchanged)
 * @param amount     CNY fen (minor units), > 0; never more than is left to restore of the reservation's amount
 */
public record RestoreQuotaRequest(String orderNo, String restoreKey, Money amount) implements Serializable {}
