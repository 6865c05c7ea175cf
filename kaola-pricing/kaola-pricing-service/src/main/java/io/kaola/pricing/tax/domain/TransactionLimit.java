package io.kaola.pricing.tax.domain;

import io.kaola.pricing.api.LimitVerdict;

/**
 * The per-transaction test of cross-border retail import, on the order's dutiable value (完税价格), 财关税〔2018〕49号:
 * <ul>
 *   <li>at most 5,000.00 CNY (only "超过", more than, is over) → WITHIN_LIMIT;</li>
 *   <li>more, with exactly one line of quantity 1 (one indivisible item) below 26,000.00 → SINGLE_ITEM_OVER_LIMIT
 *       (allowed, tariff, VAT and CT in full);</li>
 *   <li>anything else (several items, or one item of 26,000.00 or more) → OVER_TRANSACTION_LIMIT (refused by the order).</li>
 * </ul>
 * The annual quota is kaola-user's (AnnualQuota); pricing never refuses for a limit, it reports the verdict.
 */
public final class TransactionLimit {
    /** 5,000.00 CNY in fen. */
    public static final long PER_TRANSACTION_LIMIT_FEN = 500_000;
    /** 26,000.00 CNY in fen: a single item must be below it ("低于26000"; L7: exactly 26,000.00 is refused). */
    public static final long SINGLE_ITEM_LIMIT_FEN = 2_600_000;
    public static final String RULE_SOURCE = "财关税〔2018〕49号";

    private TransactionLimit() {}

    /**
     * @param orderDutiableFen the order's dutiable value, CNY fen
     * @param lineCount        lines in the order
     * @param totalUnits       units over all lines
     * @return the verdict
     */
    public static LimitVerdict verdict(long orderDutiableFen, int lineCount, long totalUnits) {
        if (orderDutiableFen <= PER_TRANSACTION_LIMIT_FEN) return LimitVerdict.WITHIN_LIMIT;
        boolean singleItem = lineCount == 1 && totalUnits == 1;
        if (singleItem && orderDutiableFen < SINGLE_ITEM_LIMIT_FEN) return LimitVerdict.SINGLE_ITEM_OVER_LIMIT;
        return LimitVerdict.OVER_TRANSACTION_LIMIT;
    }
}
