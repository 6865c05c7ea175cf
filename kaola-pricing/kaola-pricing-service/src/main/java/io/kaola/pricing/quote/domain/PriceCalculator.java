package io.kaola.pricing.quote.domain;

import io.kaola.common.money.Money;
import io.kaola.pricing.api.LimitVerdict;
import io.kaola.pricing.api.NetContent;
import io.kaola.pricing.api.PriceStep;
import io.kaola.pricing.api.PricingError;
import io.kaola.pricing.api.PromotionOffer;
import io.kaola.pricing.api.TaxBreakdown;
import io.kaola.pricing.fx.domain.FxRate;
import io.kaola.pricing.shipping.domain.ShippingFee;
import io.kaola.pricing.tax.domain.CrossBorderTax;
import io.kaola.pricing.tax.domain.TaxCategory;
import io.kaola.pricing.tax.domain.TransactionLimit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Prices a cart in CNY: FX conversion, goods, real price reductions (promotions), shipping, freight allocation, dutiable
 * value, the per-transaction limit verdict and the cross-border comprehensive tax, optionally with every step
 * explained.
 * <p>
 * Rounding rule: the CNY unit price is the supplier unit price converted by {@link FxRate#toCny} (rounded to whole
 * fen HALF_UP exactly once, per unit); line goods = unit price × quantity. Freight is split
 * pro rata with HALF_UP and the remainder on the last line ({@link FreightAllocation}); each tax component is
 * rounded HALF_UP to the fen once per line ({@link CrossBorderTax}). Every order amount is the exact sum of the
 * same amount over the lines, so the lines always add up: {@code total = goods - discount + shipping + tax}.
 * <p>
 * A CNY price is converted at the implicit rate 1. Stateless and thread-safe.
 */
public final class PriceCalculator {
    private static final Set<String> NET_CONTENT_UNITS = Set.of("ML", "G", "PIECE");

    /**
     * Checks a cart before any rate or rule is loaded.
     *
     * @throws io.kaola.common.error.KaolaException PRICING_INVALID_QUOTE (no lines, a blank skuCode,
     *         quantity < 1, a missing or non-positive price, an unknown currency, a negative weight,
     *         a net content that is not a positive quantity of ML, G or PIECE)
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
            if (!FxRate.isIsoCurrency(price.currency())) {
                throw PricingError.INVALID_QUOTE.exception("sku " + line.skuCode() + " is priced in an unknown currency "
                        + price.currency());
            }
            if (line.weightGrams() < 0) {
                throw PricingError.INVALID_QUOTE.exception("weight of sku " + line.skuCode() + " must be >= 0 grams, was "
                        + line.weightGrams());
            }
            NetContent content = line.netContent();
            if (content != null && (content.quantity() == null || content.quantity().signum() <= 0
                    || !NET_CONTENT_UNITS.contains(content.unit()))) {
                throw PricingError.INVALID_QUOTE.exception("net content of sku " + line.skuCode()
                        + " must be a positive quantity of ML, G or PIECE, was " + content);
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

    /** The cross-border price of a cart without promotions; see the full {@link #quote} below. */
    public Quote quote(List<CartLine> lines, LocalDate pricingDate, Map<String, FxRate> rates, PricingRules rules,
                       boolean explain) {
        return quote(lines, pricingDate, rates, rules, List.of(), null, explain);
    }

    /**
     * The cross-border price of a cart, with its promotions taken off first ({@link PromotionPricing}).
     *
     * @param lines       the cart, in display order
     * @param pricingDate the day whose rates apply (named in errors, and the date of the identity rate)
     * @param rates       the rate in force on pricingDate per supplier currency (CNY may be absent)
     * @param rules       tax categories, the warehouse's shipping rule and the default weight
     * @param activities  running activities that may apply, in priority order (empty: none)
     * @param coupon      the shopper's coupon, or null
     * @param explain     true: fill {@link Quote#steps()} with every step, its inputs and rule source
     * @return the quote in CNY fen; never refuses for a limit (see {@link Quote#limitVerdict()}) nor for a coupon
     *         that does not apply (see {@link Quote#coupon()})
     * @throws io.kaola.common.error.KaolaException PRICING_INVALID_QUOTE, PRICING_INVALID_PROMOTION,
     *         PRICING_UNKNOWN_TAX_CATEGORY, CROSSBORDER_TAX_CATEGORY_BLOCKED, PRICING_NO_FX_RATE (in that order)
     */
    public Quote quote(List<CartLine> lines, LocalDate pricingDate, Map<String, FxRate> rates, PricingRules rules,
                       List<PromotionOffer> activities, PromotionOffer coupon, boolean explain) {
        checkCart(lines);
        PromotionPricing.check(activities, coupon);
        int n = lines.size();
        TaxCategory[] categories = new TaxCategory[n];
        for (int i = 0; i < n; i++) categories[i] = rules.categoryOf(lines.get(i).taxCategoryCode(), lines.get(i).skuCode());
        List<PriceStep> steps = explain ? new ArrayList<>(9 * n + 6) : null;
        try {
            Map<String, FxRate> used = new TreeMap<>();
            FxRate[] lineRates = new FxRate[n];
            long[] unit = new long[n], goods = new long[n], discount = new long[n], net = new long[n];
            long goodsSum = 0, discountSum = 0, parcelWeight = 0, units = 0;
            for (int i = 0; i < n; i++) {
                CartLine line = lines.get(i);
                FxRate rate = rateFor(line.supplierUnitPrice().currency(), pricingDate, rates);
                used.put(rate.baseCurrency(), rate);
                lineRates[i] = rate;
                unit[i] = rate.toCny(line.supplierUnitPrice()).minor();
                goods[i] = Math.multiplyExact(unit[i], line.quantity());
                goodsSum = Math.addExact(goodsSum, goods[i]);
                parcelWeight = Math.addExact(parcelWeight,
                        ShippingFee.lineWeightGrams(line.weightGrams(), line.quantity(), rules.defaultWeightGrams()));
                units += line.quantity();
                if (explain) {
                    steps.add(PriceExplanation.fxConversion(line, rate, unit[i]));
                    steps.add(PriceExplanation.goods(line, unit[i], goods[i]));
                }
            }
            PromotionPricing.Applied promotions = PromotionPricing.apply(lines, unit, goods, activities, coupon, steps);
            for (int i = 0; i < n; i++) {
                discount[i] = promotions.discountFen()[i];
                net[i] = goods[i] - discount[i];
                discountSum = Math.addExact(discountSum, discount[i]);
            }
            long netSum = goodsSum - discountSum;
            long shipping = ShippingFee.feeFen(rules.shippingRule(), parcelWeight, netSum);
            long[] freight = FreightAllocation.allocate(shipping, net);
            long[] dutiable = new long[n];
            long dutiableSum = 0;
            for (int i = 0; i < n; i++) {
                dutiable[i] = Math.addExact(net[i], freight[i]);
                dutiableSum = Math.addExact(dutiableSum, dutiable[i]);
            }
            TransactionLimit.Outcome limit = TransactionLimit.check(dutiableSum, n, units);
            LimitVerdict verdict = limit.verdict();
            CrossBorderTax.Levy levy = CrossBorderTax.Levy.of(verdict);
            if (explain) {
                steps.add(PriceExplanation.discount(discountSum));
                steps.add(PriceExplanation.shipping(rules, parcelWeight, netSum, shipping));
                for (int i = 0; i < n; i++) {
                    steps.add(PriceExplanation.freightAllocation(lines.get(i), shipping, net[i], netSum, i == n - 1, freight[i]));
                }
                for (int i = 0; i < n; i++) {
                    steps.add(PriceExplanation.lineDutiableValue(lines.get(i), goods[i], discount[i], freight[i], dutiable[i]));
                }
                steps.add(PriceExplanation.orderDutiableValue(dutiableSum));
                steps.add(PriceExplanation.limitVerdict(dutiableSum, n, units, limit));
            }

            List<Quote.Line> priced = new ArrayList<>(n);
            long tariffSum = 0, consumptionTaxSum = 0, vatSum = 0, totalSum = 0;
            for (int i = 0; i < n; i++) {
                CartLine line = lines.get(i);
                boolean levied = categories[i].leviesConsumptionTax(net[i], line.quantity(), line.netContent());
                TaxBreakdown tax = CrossBorderTax.lineTax(dutiable[i], categories[i], levied, levy);
                long lineTax = tax.total().minor();
                long lineTotal = Math.addExact(dutiable[i], lineTax);
                tariffSum = Math.addExact(tariffSum, tax.tariff().minor());
                consumptionTaxSum = Math.addExact(consumptionTaxSum, tax.consumptionTax().minor());
                vatSum = Math.addExact(vatSum, tax.vat().minor());
                totalSum = Math.addExact(totalSum, lineTotal);
                priced.add(new Quote.Line(line.skuCode(), line.quantity(), line.supplierUnitPrice(), lineRates[i],
                        Money.cny(unit[i]), Money.cny(goods[i]), Money.cny(discount[i]), Money.cny(freight[i]),
                        Money.cny(lineTax), Money.cny(lineTotal), Money.cny(dutiable[i]), tax,
                        promotions.reductions().get(i)));
                if (explain) {
                    steps.add(PriceExplanation.tariff(line, dutiable[i], tax, levy, categories[i]));
                    steps.add(PriceExplanation.consumptionTax(line, dutiable[i], net[i], tax, levy, categories[i], levied));
                    steps.add(PriceExplanation.vat(line, dutiable[i], tax, levy));
                }
            }
            TaxBreakdown orderTax = new TaxBreakdown(null, Money.cny(tariffSum), Money.cny(consumptionTaxSum),
                    Money.cny(vatSum), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, levy.factor());
            Money taxSum = orderTax.total();
            if (explain) {
                steps.add(PriceExplanation.total(Money.cny(goodsSum), Money.cny(discountSum), Money.cny(shipping),
                        orderTax, Money.cny(totalSum)));
            }
            return new Quote(priced, Money.cny(goodsSum), Money.cny(discountSum), Money.cny(shipping), taxSum,
                    Money.cny(totalSum), List.copyOf(used.values()), Money.cny(dutiableSum), orderTax, verdict,
                    explain ? steps : List.of(), limit.applied(), promotions.coupon());
        } catch (ArithmeticException e) {
            throw PricingError.INVALID_QUOTE.exception("the cart's amounts are too large to price");
        }
    }

    /**
     * FX conversion and sums only: goods per line and in total, with no shipping, tax or verdict (all 0 /
     * WITHIN_LIMIT). The baseline of the price-trial benchmark; orders and trials use {@link #quote}.
     *
     * @param lines       the cart, in display order
     * @param pricingDate the day whose rates apply
     * @param rates       the rate in force on pricingDate per supplier currency (CNY may be absent)
     * @return goods in CNY fen; total = goods
     * @throws io.kaola.common.error.KaolaException PRICING_INVALID_QUOTE, PRICING_NO_FX_RATE
     */
    public Quote convert(List<CartLine> lines, LocalDate pricingDate, Map<String, FxRate> rates) {
        checkCart(lines);
        Map<String, FxRate> used = new TreeMap<>();
        List<Quote.Line> priced = new ArrayList<>(lines.size());
        Money goods = Money.cny(0), zero = goods;
        try {
            for (CartLine line : lines) {
                FxRate rate = rateFor(line.supplierUnitPrice().currency(), pricingDate, rates);
                used.put(rate.baseCurrency(), rate);
                Money unitPrice = rate.toCny(line.supplierUnitPrice());
                Money lineGoods = unitPrice.times(line.quantity());
                priced.add(new Quote.Line(line.skuCode(), line.quantity(), line.supplierUnitPrice(), rate, unitPrice,
                        lineGoods, zero, zero, zero, lineGoods, lineGoods, TaxBreakdown.none(), List.of()));
                goods = goods.plus(lineGoods);
            }
        } catch (ArithmeticException e) {
            throw PricingError.INVALID_QUOTE.exception("the cart's amounts are too large to price");
        }
        return new Quote(priced, goods, zero, zero, zero, goods, List.copyOf(used.values()), goods, TaxBreakdown.none(),
                LimitVerdict.WITHIN_LIMIT, List.of(), null, null);
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
}
