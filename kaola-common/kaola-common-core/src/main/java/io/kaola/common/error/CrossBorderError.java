package io.kaola.common.error;

/**
 * Refusals that come from the cross-border retail import rules (docs/cross-border.md), whichever
 * service detects them; codes are "CROSSBORDER_" + name(). Refusals about amounts carry extension
 * members: {@code limit}, {@code amountCny}, {@code limitCny}, {@code usedCny}, {@code remainingCny}, {@code year}.
 * Sources: 财关税〔2016〕18号, 财关税〔2018〕49号, 海关总署公告2018年第194号.
 */
public enum CrossBorderError implements ErrorCode {
    /** The buyer (订购人) has no verified real-name identity. */
    BUYER_NOT_VERIFIED(ErrorKind.FORBIDDEN, "Real-name verification required"),
    /** Dutiable value of the order over 5,000 CNY and not a single indivisible item. */
    OVER_TRANSACTION_LIMIT(ErrorKind.CONFLICT, "Over the per-transaction limit"),
    /** The buyer's annual total would pass 26,000 CNY (or one item of 26,000 CNY or more). */
    OVER_ANNUAL_LIMIT(ErrorKind.CONFLICT, "Over the annual limit"),
    /** The product is not marked importable under the cross-border positive list. */
    NOT_ON_POSITIVE_LIST(ErrorKind.CONFLICT, "Not on the cross-border positive list"),
    /** The SKU's tax category cannot be sold through cross-border retail import (e.g. per-unit excise goods). */
    TAX_CATEGORY_BLOCKED(ErrorKind.CONFLICT, "Goods not sold through cross-border import"),
    /** The payer is not the verified buyer. */
    PAYER_NOT_BUYER(ErrorKind.CONFLICT, "The payer must be the buyer");

    private final ErrorKind kind;
    private final String title;

    CrossBorderError(ErrorKind kind, String title) { this.kind = kind; this.title = title; }

    @Override public String prefix() { return "CROSSBORDER"; }
    @Override public ErrorKind kind() { return kind; }
    @Override public String title() { return title; }
}
