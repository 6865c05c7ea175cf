package io.kaola.user.api;

import io.kaola.common.money.Money;

import java.io.Serializable;

/**
 * A buyer's annual cross-border quota (26,000 CNY per identity number per year, 财关税〔2018〕49号).
 *
 * @param year      quota year
 * @param limit     annual limit, CNY fen
 * @param used      confirmed (paid) orders, CNY fen
 * @param reserved  placed, unpaid orders, CNY fen
 * @param remaining limit - used - reserved, never below 0
 */
public record QuotaView(int year, Money limit, Money used, Money reserved, Money remaining) implements Serializable {}
