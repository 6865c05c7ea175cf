package io.kaola.pricing.api;

import io.kaola.common.money.Money;

import java.io.Serializable;

/**
 * What became of the coupon a quote was asked with.
 *
 * @param couponId the coupon asked for
 * @param applied  true if it took something off
 * @param discount what it took off the order, CNY fen (0 when refused)
 * @param reason   why it was refused (null when applied), e.g. "threshold 199.00 CNY not reached: the lines in
 *                 scope come to 150.00 CNY"
 */
public record CouponOutcome(String couponId, boolean applied, Money discount, String reason) implements Serializable {}
