package io.kaola.pricing.tax.domain;

import io.kaola.common.money.Money;
import io.kaola.pricing.api.AppliedLimit;
import io.kaola.pricing.api.LimitVerdict;

/**
 * The per-transaction test of cross-border retail import, on the order's dutiable value (完税价格), 财关税〔2018〕49号:
 * <ul>
 *   <li>at most 5,000.00 CNY (only "超过", more than, is over) → WITHIN_LIMIT;</li>
 *   <li>more, with exactly one line of quantity 1 (one indivisible item) below 26,000.00 → SINGLE_ITEM_OVER_LIMIT
 *       (allowed, tariff, VAT and CT in full);</li>
 *   <li>anything else (several items, or one item of 26,000.00 or more) → OVER_TRANSACTION_LIMIT (refused by the order).</li>
 * </ul>
 * The only home of both limits: {@link #check} also says which one applied and why ({@link AppliedLimit}), so that
 * kaola-order refuses an order with pricing's numbers instead of deriving them again.
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
     * The verdict and the limit that decided it.
     *
     * @param verdict WITHIN_LIMIT, SINGLE_ITEM_OVER_LIMIT or OVER_TRANSACTION_LIMIT
     * @param applied TRANSACTION (5,000.00) for WITHIN_LIMIT and for several items over it; SINGLE_ITEM (26,000.00)
     *                for one indivisible item over 5,000.00, allowed or not
     */
    public record Outcome(LimitVerdict verdict, AppliedLimit applied) {}

    /**
     * @param orderDutiableFen the order's dutiable value, CNY fen
     * @param lineCount        lines in the order
     * @param totalUnits       units over all lines
     * @return the verdict with the limit that applied, its amount and the reason (amounts in CNY as "5000.01")
     */
    public static Outcome check(long orderDutiableFen, int lineCount, long totalUnits) {
        String amount = cny(orderDutiableFen);
        if (orderDutiableFen <= PER_TRANSACTION_LIMIT_FEN) {
            return new Outcome(LimitVerdict.WITHIN_LIMIT, transaction("the order's dutiable value " + amount
                    + " CNY is within the " + cny(PER_TRANSACTION_LIMIT_FEN) + " CNY per-transaction limit"));
        }
        boolean singleItem = lineCount == 1 && totalUnits == 1;
        if (singleItem && orderDutiableFen < SINGLE_ITEM_LIMIT_FEN) {
            return new Outcome(LimitVerdict.SINGLE_ITEM_OVER_LIMIT, singleItem("a single indivisible item of " + amount
                    + " CNY may exceed the " + cny(PER_TRANSACTION_LIMIT_FEN) + " CNY per-transaction limit while below "
                    + cny(SINGLE_ITEM_LIMIT_FEN) + " CNY; its tax is levied in full"));
        }
        if (singleItem) {
            return new Outcome(LimitVerdict.OVER_TRANSACTION_LIMIT, singleItem("a single item of " + amount
                    + " CNY is not below the " + cny(SINGLE_ITEM_LIMIT_FEN) + " CNY a cross-border retail item may cost"));
        }
        return new Outcome(LimitVerdict.OVER_TRANSACTION_LIMIT, transaction("the order's dutiable value " + amount
                + " CNY is over the " + cny(PER_TRANSACTION_LIMIT_FEN)
                + " CNY per-transaction limit; only a single indivisible item may exceed it"));
    }

    private static AppliedLimit transaction(String reason) {
        return new AppliedLimit(AppliedLimit.Kind.TRANSACTION, Money.cny(PER_TRANSACTION_LIMIT_FEN), reason);
    }

    private static AppliedLimit singleItem(String reason) {
        return new AppliedLimit(AppliedLimit.Kind.SINGLE_ITEM, Money.cny(SINGLE_ITEM_LIMIT_FEN), reason);
    }

    /** @return CNY major units as a plain string, e.g. "5000.01" */
    private static String cny(long fen) { return Money.cny(fen).toMajor().toPlainString(); }
}
