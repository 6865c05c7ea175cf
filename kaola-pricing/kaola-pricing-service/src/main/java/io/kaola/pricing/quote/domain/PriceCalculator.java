package io.kaola.pricing.quote.domain;

import io.kaola.common.money.Money;
import io.kaola.pricing.api.PricingError;
import io.kaola.pricing.fx.domain.FxRate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Prices a cart in CNY.
 * <p>
 * Rounding rule: the CNY unit price is {@code supplierMinor / 10^d × rate}, where d is the supplier
 * currency's ISO 4217 fraction digits (2 for EUR/USD/GBP, 0 for JPY/KRW), rounded to whole fen
 * {@link RoundingMode#HALF_UP} exactly once, per unit. Every other amount is exact integer fen
 * arithmetic on that unit price (line goods = unit price × quantity; totals are sums), so the parts
 * always add up and the buyer sees the same unit price on the product page and in the order.
 * Discount, shipping and tax are 0 until their rules arrive, but carried on every line and in the
 * totals: {@code total = goods - discount + shipping + tax}.
 * <p>
 * A CNY price is converted at the implicit rate 1. Stateless and thread-safe.
 */
public final class PriceCalculator {
    private static final int FEN_DIGITS = 2;
    private static final RoundingMode UNIT_PRICE_ROUNDING = RoundingMode.HALF_UP;

    /**
     * Checks a cart before any rate is loaded.
     *
     * @throws io.kaola.common.error.KaolaException PRICING_INVALID_QUOTE (no lines, a blank skuCode,
     *         quantity < 1, a missing or non-positive price, an unknown currency)
     */
    public void checkCart(List<CartLine> lines) {
        if (lines == null || lines.isEmpty()) throw PricingError.INVALID_QUOTE.exception("the cart has no lines");
        for (CartLine line : lines) {
            if (line == null || line.skuCode() == null || line.skuCode().isBlank()) {
                throw PricingError.INVALID_QUOTE.exception("every line needs a skuCode");
            }
            if (line.quantity() < 1) {
                throw PricingError.INVALID_QUOTE.exception("quantity of sku " + line.skuCode() + " must be >= 1, was "
                        + line.quantity());
            }
            Money price = line.supplierUnitPrice();
            if (price == null || price.minor() <= 0) {
                throw PricingError.INVALID_QUOTE.exception("sku " + line.skuCode() + " needs a positive supplier price");
            }
            if (!isIsoCurrency(price.currency())) {
                throw PricingError.INVALID_QUOTE.exception("sku " + line.skuCode() + " is priced in an unknown currency "
                        + price.currency());
            }
        }
    }

    /** @return the supplier currencies of the cart that need a rate (all but CNY), sorted */
    public Set<String> foreignCurrencies(List<CartLine> lines) {
        Set<String> currencies = new TreeSet<>();
        for (CartLine line : lines) {
            String currency = line.supplierUnitPrice().currency();
            if (!FxRate.CNY.equals(currency)) currencies.add(currency);
        }
        return currencies;
    }

    /**
     * @param lines       the cart, in display order
     * @param pricingDate the day whose rates apply (named in errors, and the date of the identity rate)
     * @param rates       the rate in force on pricingDate per supplier currency (CNY may be absent)
     * @return the quote, with every amount in CNY fen
     * @throws io.kaola.common.error.KaolaException PRICING_INVALID_QUOTE, PRICING_NO_FX_RATE naming the
     *         currency and the date
     */
    public Quote quote(List<CartLine> lines, LocalDate pricingDate, Map<String, FxRate> rates) {
        checkCart(lines);
        Map<String, FxRate> used = new TreeMap<>();
        List<Quote.Line> priced = new ArrayList<>();
        Money goods = Money.zero(FxRate.CNY), discount = goods, shipping = goods, tax = goods, total = goods;
        try {
            for (CartLine line : lines) {
                FxRate rate = rateFor(line.supplierUnitPrice().currency(), pricingDate, rates);
                used.put(rate.baseCurrency(), rate);
                Money unitPrice = Money.cny(unitPriceFen(line.supplierUnitPrice(), rate.rate()));
                Money lineGoods = unitPrice.times(line.quantity());
                Money lineDiscount = Money.cny(0);
                Money lineShipping = Money.cny(0);
                Money lineTax = Money.cny(0);
                Money lineTotal = lineGoods.minus(lineDiscount).plus(lineShipping).plus(lineTax);
                priced.add(new Quote.Line(line.skuCode(), line.quantity(), line.supplierUnitPrice(), rate, unitPrice,
                        lineGoods, lineDiscount, lineShipping, lineTax, lineTotal));
                goods = goods.plus(lineGoods);
                discount = discount.plus(lineDiscount);
                shipping = shipping.plus(lineShipping);
                tax = tax.plus(lineTax);
                total = total.plus(lineTotal);
            }
        } catch (ArithmeticException e) {
            throw PricingError.INVALID_QUOTE.exception("the cart's amounts are too large to price");
        }
        return new Quote(priced, goods, discount, shipping, tax, total, List.copyOf(used.values()));
    }

    /**
     * @param supplierUnitPrice price of one unit, in its currency's minor units
     * @param rate              CNY per major unit of that currency
     * @return the CNY unit price in fen, rounded HALF_UP once
     */
    public long unitPriceFen(Money supplierUnitPrice, BigDecimal rate) {
        BigDecimal major = BigDecimal.valueOf(supplierUnitPrice.minor(), supplierUnitPrice.fractionDigits());
        return major.multiply(rate).setScale(FEN_DIGITS, UNIT_PRICE_ROUNDING).movePointRight(FEN_DIGITS).longValueExact();
    }

    private static FxRate rateFor(String currency, LocalDate pricingDate, Map<String, FxRate> rates) {
        if (FxRate.CNY.equals(currency)) return FxRate.identity(pricingDate);
        FxRate rate = rates.get(currency);
        if (rate == null) {
            throw PricingError.NO_FX_RATE.exception("no " + currency + "→CNY rate dated on or before " + pricingDate
                    + "; set one with PUT /api/admin/fx-rates");
        }
        return rate;
    }

    private static boolean isIsoCurrency(String code) {
        try {
            return Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
