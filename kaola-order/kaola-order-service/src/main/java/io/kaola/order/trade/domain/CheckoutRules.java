package io.kaola.order.trade.domain;

import io.kaola.common.error.CrossBorderError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.pricing.api.LimitVerdict;
import io.kaola.pricing.api.PriceQuote;
import io.kaola.product.api.ProductError;
import io.kaola.product.api.SkuSnapshot;
import io.kaola.user.api.QuotaView;

import java.util.List;
import java.util.Optional;

/**
 * The refusals kaola-order decides itself at checkout, as values: placing an order throws the first one, a
 * price trial reports it. Each amount refusal carries the extension members of {@link CrossBorderError}
 * (limit, amountCny, limitCny, and for the annual quota usedCny, remainingCny, year; CNY as plain strings).
 * Rules: docs/cross-border.md §1 (财关税〔2018〕49号) and §5 (positive list, 2022 edition).
 */
public final class CheckoutRules {
    /** Per-transaction limit on the dutiable value: 5,000.00 CNY; only more than it is over. */
    public static final Money TRANSACTION_LIMIT = Money.cny(500_000);
    /** A single indivisible item over the transaction limit must stay below 26,000.00 CNY (L7: 26,000.00 is refused). */
    public static final Money SINGLE_ITEM_CEILING = Money.cny(2_600_000);

    private CheckoutRules() {}

    /**
     * @param skus the cart's SKUs, in cart order
     * @return PRODUCT_SKU_NOT_ON_SALE or CROSSBORDER_NOT_ON_POSITIVE_LIST for the first SKU that cannot be sold,
     *         naming it; empty when all can
     */
    public static Optional<KaolaException> unsellable(List<SkuSnapshot> skus) {
        for (SkuSnapshot sku : skus) {
            if (!sku.onSale()) {
                return Optional.of(ProductError.SKU_NOT_ON_SALE.exception("sku " + sku.skuCode() + " is not on sale"));
            }
            if (!sku.importable()) {
                return Optional.of(CrossBorderError.NOT_ON_POSITIVE_LIST.exception("sku " + sku.skuCode()
                        + " is not on the cross-border positive list and cannot be ordered")
                        .with("skuCode", sku.skuCode()));
            }
        }
        return Optional.empty();
    }

    /**
     * kaola-pricing gives the verdict; this only turns OVER_TRANSACTION_LIMIT into the refusal.
     * limit is SINGLE_ITEM (limitCny 26000.00) for one line of quantity 1 at 26,000.00 or more (it is no longer
     * the single-item exception), TRANSACTION (limitCny 5000.00) otherwise.
     *
     * @return CROSSBORDER_OVER_TRANSACTION_LIMIT with limit, amountCny (the order's dutiable value), limitCny;
     *         empty when the verdict allows the order
     */
    public static Optional<KaolaException> overTransactionLimit(PriceQuote quote) {
        if (quote.limitVerdict() != LimitVerdict.OVER_TRANSACTION_LIMIT) return Optional.empty();
        Money amount = quote.dutiableValue();
        boolean singleItem = quote.lines().size() == 1 && quote.lines().get(0).quantity() == 1
                && amount.minor() >= SINGLE_ITEM_CEILING.minor();
        String detail = singleItem
                ? "a single item of " + cny(amount) + " CNY is not below the " + cny(SINGLE_ITEM_CEILING)
                  + " CNY a cross-border retail item may cost"
                : "the order's dutiable value " + cny(amount) + " CNY is over the " + cny(TRANSACTION_LIMIT)
                  + " CNY per-transaction limit; only a single indivisible item may exceed it";
        return Optional.of(CrossBorderError.OVER_TRANSACTION_LIMIT.exception(detail)
                .with("limit", singleItem ? "SINGLE_ITEM" : "TRANSACTION")
                .with("amountCny", cny(amount))
                .with("limitCny", cny(singleItem ? SINGLE_ITEM_CEILING : TRANSACTION_LIMIT)));
    }

    /**
     * The annual test as kaola-user applies it at reservation (used + reserved + amount <= limit), read from the
     * buyer's quota view; for a price trial, where nothing is reserved.
     *
     * @param quota  the buyer's quota in the order's year
     * @param amount what the order would count, CNY fen
     * @return CROSSBORDER_OVER_ANNUAL_LIMIT with limit ANNUAL, amountCny, limitCny, usedCny (used + reserved),
     *         remainingCny, year; empty when it fits (exactly the remainder fits)
     */
    public static Optional<KaolaException> overAnnualQuota(QuotaView quota, Money amount) {
        if (amount.minor() <= quota.remaining().minor()) return Optional.empty();
        Money counted = quota.used().plus(quota.reserved());
        return Optional.of(CrossBorderError.OVER_ANNUAL_LIMIT.exception("this order counts " + cny(amount)
                        + " CNY, but only " + cny(quota.remaining()) + " CNY of the " + cny(quota.limit())
                        + " CNY annual limit remain in " + quota.year())
                .with("limit", "ANNUAL")
                .with("amountCny", cny(amount))
                .with("limitCny", cny(quota.limit()))
                .with("usedCny", cny(counted))
                .with("remainingCny", cny(quota.remaining()))
                .with("year", quota.year()));
    }

    /** @return CNY major units as a plain string, e.g. "5000.01" */
    static String cny(Money money) { return money.toMajor().toPlainString(); }
}
