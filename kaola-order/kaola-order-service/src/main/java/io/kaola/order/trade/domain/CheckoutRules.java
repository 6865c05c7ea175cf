package io.kaola.order.trade.domain;

import io.kaola.common.error.CrossBorderError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.pricing.api.AppliedLimit;
import io.kaola.pricing.api.LimitVerdict;
import io.kaola.order.api.OrderError;
import io.kaola.pricing.api.CouponOutcome;
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
     * kaola-pricing gives the verdict and the limit that decided it (its TransactionLimit, the one home of the 5,000
     * and 26,000 CNY limits); this only turns OVER_TRANSACTION_LIMIT into the refusal, with pricing's reason as its
     * message.
     *
     * @param quote a quote from kaola-pricing; one OVER_TRANSACTION_LIMIT carries its {@link AppliedLimit}
     * @return CROSSBORDER_OVER_TRANSACTION_LIMIT with limit (TRANSACTION or SINGLE_ITEM), amountCny (the order's
     *         dutiable value), limitCny; empty when the verdict allows the order
     * @throws IllegalStateException when an over-limit quote names no limit (a kaola-pricing older than AppliedLimit)
     */
    public static Optional<KaolaException> overTransactionLimit(PriceQuote quote) {
        if (quote.limitVerdict() != LimitVerdict.OVER_TRANSACTION_LIMIT) return Optional.empty();
        AppliedLimit applied = quote.appliedLimit();
        if (applied == null) throw new IllegalStateException("kaola-pricing said OVER_TRANSACTION_LIMIT without the limit");
        return Optional.of(CrossBorderError.OVER_TRANSACTION_LIMIT.exception(applied.reason())
                .with("limit", applied.kind().name())
                .with("amountCny", cny(quote.dutiableValue()))
                .with("limitCny", cny(applied.limit())));
    }

    /**
     * A coupon asked for must take something off: else the shopper would pay more than they meant to.
     *
     * @param quote the cart's quote, priced with the coupon (or without one)
     * @return ORDER_COUPON_NOT_APPLICABLE with kaola-pricing's reason (couponId member) when a coupon was asked and
     *         refused; empty otherwise (docs/promotions.md)
     */
    public static Optional<KaolaException> couponNotApplied(PriceQuote quote) {
        CouponOutcome coupon = quote.coupon();
        if (coupon == null || coupon.applied()) return Optional.empty();
        return Optional.of(OrderError.COUPON_NOT_APPLICABLE.exception("coupon " + coupon.couponId()
                + " takes nothing off this cart: " + coupon.reason()).with("couponId", coupon.couponId()));
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
