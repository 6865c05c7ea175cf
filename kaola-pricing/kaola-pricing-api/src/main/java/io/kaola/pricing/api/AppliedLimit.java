package io.kaola.pricing.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.util.Objects;

/**
 * Which per-transaction limit of 财关税〔2018〕49号 decided a quote's {@link LimitVerdict}, and why: the one place
 * the limit amounts live is kaola-pricing; a caller that refuses an order reads them from here.
 *
 * @param kind   TRANSACTION (5,000.00 CNY on the order's dutiable value; only more than it is over) or SINGLE_ITEM
 *               (one indivisible item, quantity 1, may exceed the transaction limit while below 26,000.00 CNY)
 * @param limit  the amount of that limit, CNY fen (500000 or 2600000)
 * @param reason the verdict in one sentence a buyer can read, naming the dutiable value and the limit in CNY,
 *               e.g. "the order's dutiable value 5000.01 CNY is over the 5000.00 CNY per-transaction limit; only a
 *               single indivisible item may exceed it"
 */
public record AppliedLimit(Kind kind, Money limit, String reason) implements Serializable {
    public AppliedLimit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(reason, "reason");
    }

    /** The two limits of the per-transaction test. */
    public enum Kind {
        /** 5,000.00 CNY per transaction. */
        TRANSACTION,
        /** Below 26,000.00 CNY for a single indivisible item over the transaction limit. */
        SINGLE_ITEM
    }
}
