package io.kaola.user.api;

import io.kaola.common.money.Money;

import java.io.Serializable;

/**
 * @param orderNo the order
 * @param year    quota year
 * @param amount  amount counted toward the annual limit, CNY fen
 * @param status  RESERVED, CONFIRMED or RELEASED
 */
public record QuotaReservationView(String orderNo, int year, Money amount, QuotaStatus status) implements Serializable {}
