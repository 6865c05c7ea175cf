package io.kaola.pricing.api;

import io.kaola.common.money.Money;

import java.io.Serializable;

/**
 * One promotion's share of a line's discount. A line's reductions add up to its {@code discount}; all are real
 * price reductions, so they lower the line's dutiable value (docs/cross-border.md §2).
 *
 * @param offerId the activity or coupon id
 * @param kind    what the offer was
 * @param amount  taken off this line, CNY fen, > 0
 */
public record LineReduction(String offerId, PromotionOffer.Kind kind, Money amount) implements Serializable {}
