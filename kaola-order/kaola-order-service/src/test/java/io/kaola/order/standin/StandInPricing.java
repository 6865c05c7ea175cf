package io.kaola.order.standin;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.pricing.api.AppliedLimit;
import io.kaola.pricing.api.CouponOutcome;
import io.kaola.pricing.api.LineReduction;
import io.kaola.pricing.api.PromotionOffer;
import io.kaola.pricing.api.FxRateView;
import io.kaola.pricing.api.LimitVerdict;
import io.kaola.pricing.api.PriceQuote;
import io.kaola.pricing.api.PriceStep;
import io.kaola.pricing.api.PricingError;
import io.kaola.pricing.api.PricingService;
import io.kaola.pricing.api.QuoteRequest;
import io.kaola.pricing.api.SetFxRateRequest;
import io.kaola.pricing.api.TaxBreakdown;
import org.apache.dubbo.config.annotation.DubboService;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * kaola-pricing stand-in: one fixed rate, EUR 7.812300 dated 2025-01-02; CNY prices pass unchanged;
 * unit price rounded HALF_UP once; no shipping and no activities; an AMOUNT_OFF coupon (threshold on the goods) is
 * taken whole off the first line, so the dutiable value is the goods less the coupon. Tax only on
 * lines of category {@value #TAXED_9_1} (VAT 13% × 0.7, HALF_UP per line); other categories are untaxed here.
 * The per-transaction verdict and its applied limit follow the real rule (<= 5,000.00 within; one line of quantity 1
 * below 26,000.00 the single-item exception; otherwise over), with a stand-in reason. Keeps every request it was asked.
 */
@DubboService
public class StandInPricing implements PricingService {
    public static final FxRateView EUR = new FxRateView("EUR", "CNY", new BigDecimal("7.812300"),
            LocalDate.of(2025, 1, 2), "stand-in");
    public static final String TAXED_9_1 = "STANDIN_VAT_9_1";
    private static final BigDecimal VAT = new BigDecimal("0.13");
    private static final BigDecimal LEVY = new BigDecimal("0.7");

    private final List<QuoteRequest> requests = new CopyOnWriteArrayList<>();

    /** @return every quote and explain request, oldest first */
    public List<QuoteRequest> requests() { return List.copyOf(requests); }

    @Override
    public PriceQuote quote(QuoteRequest request) throws KaolaException { return price(request, false); }

    @Override
    public PriceQuote explain(QuoteRequest request) throws KaolaException { return price(request, true); }

    private PriceQuote price(QuoteRequest request, boolean explain) {
        requests.add(request);
        Money zero = Money.cny(0);
        Money goods = zero;
        Money tax = zero;
        List<PriceQuote.LineQuote> lines = new ArrayList<>();
        List<PriceStep> steps = new ArrayList<>();
        Map<String, FxRateView> used = new LinkedHashMap<>();
        for (QuoteRequest.Line line : request.lines()) {
            Money supplier = line.supplierUnitPrice();
            FxRateView fx = null;
            Money unit;
            if (supplier.currency().equals("CNY")) {
                unit = supplier;
            } else if (supplier.currency().equals("EUR")) {
                fx = EUR;
                used.put("EUR", EUR);
                unit = Money.cny(new BigDecimal(supplier.minor()).multiply(fx.rate())
                        .setScale(0, RoundingMode.HALF_UP).longValueExact());
            } else {
                throw PricingError.NO_FX_RATE.exception("no rate for " + supplier.currency());
            }
            Money lineGoods = unit.times(line.quantity());
            TaxBreakdown lineTax = TAXED_9_1.equals(line.taxCategoryCode())
                    ? new TaxBreakdown(TAXED_9_1, zero, zero, Money.cny(new BigDecimal(lineGoods.minor()).multiply(VAT)
                            .multiply(LEVY).setScale(0, RoundingMode.HALF_UP).longValueExact()), BigDecimal.ZERO,
                            BigDecimal.ZERO, VAT, LEVY)
                    : new TaxBreakdown(line.taxCategoryCode(), zero, zero, zero, BigDecimal.ZERO, BigDecimal.ZERO,
                            BigDecimal.ZERO, LEVY);
            lines.add(new PriceQuote.LineQuote(line.skuCode(), line.quantity(), supplier, fx, unit, lineGoods,
                    zero, zero, lineTax.total(), lineGoods.plus(lineTax.total()), lineGoods, lineTax));
            goods = goods.plus(lineGoods);
            tax = tax.plus(lineTax.total());
            if (explain) {
                steps.add(new PriceStep("fx-conversion", line.skuCode(), "unit = supplier × rate, HALF_UP",
                        Map.of("supplier", supplier.toString()), "stand-in", unit));
                steps.add(new PriceStep("vat", line.skuCode(), "P × v × 0.7", Map.of("P", lineGoods.toString()),
                        "财关税〔2016〕18号", lineTax.vat()));
            }
        }
        TaxBreakdown total = new TaxBreakdown(null, zero, zero, tax, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO);
        Limit limit = limit(goods, lines);
        if (explain) {
            steps.add(new PriceStep("limit-verdict", null, "dutiable <= 5000.00", Map.of("dutiable", goods.toString(),
                    "verdict", limit.verdict().name()), "财关税〔2018〕49号", null));
        }
        CouponOutcome coupon = null;
        Money discount = zero;
        if (request.coupon() != null) {
            PromotionOffer c = request.coupon();
            if (c.threshold() != null && goods.minor() < c.threshold().minor()) {
                coupon = new CouponOutcome(c.id(), false, zero, "stand-in: threshold " + c.threshold() + " not reached");
            } else {
                // stand-in: the whole coupon on the first line (kaola-pricing splits it by largest remainder)
                discount = Money.cny(Math.min(c.amountOff().minor(), lines.get(0).goods().minor()));
                coupon = new CouponOutcome(c.id(), true, discount, null);
                PriceQuote.LineQuote first = lines.get(0);
                Money dutiable = first.goods().minus(discount);
                lines.set(0, new PriceQuote.LineQuote(first.skuCode(), first.quantity(), first.supplierUnitPrice(),
                        first.fxRate(), first.unitPrice(), first.goods(), discount, zero, first.tax(),
                        dutiable.plus(first.tax()), dutiable, first.taxBreakdown(),
                        List.of(new LineReduction(c.id(), c.kind(), discount))));
            }
        }
        Money dutiable = goods.minus(discount);
        return new PriceQuote(lines, goods, discount, zero, tax, dutiable.plus(tax), List.copyOf(used.values()),
                dutiable, total, limit.verdict(), steps, limit.applied(), coupon);
    }

    private record Limit(LimitVerdict verdict, AppliedLimit applied) {}

    /** kaola-pricing's TransactionLimit in short: the verdict and the limit that decided it, with a stand-in reason. */
    private static Limit limit(Money dutiable, List<PriceQuote.LineQuote> lines) {
        boolean single = lines.size() == 1 && lines.get(0).quantity() == 1;
        AppliedLimit transaction = new AppliedLimit(AppliedLimit.Kind.TRANSACTION, Money.cny(500_000), "stand-in: "
                + dutiable + " against 5000.00 CNY per transaction");
        AppliedLimit singleItem = new AppliedLimit(AppliedLimit.Kind.SINGLE_ITEM, Money.cny(2_600_000), "stand-in: "
                + dutiable + " against 26000.00 CNY for a single item");
        if (dutiable.minor() <= 500_000) return new Limit(LimitVerdict.WITHIN_LIMIT, transaction);
        if (!single) return new Limit(LimitVerdict.OVER_TRANSACTION_LIMIT, transaction);
        return new Limit(dutiable.minor() < 2_600_000 ? LimitVerdict.SINGLE_ITEM_OVER_LIMIT
                : LimitVerdict.OVER_TRANSACTION_LIMIT, singleItem);
    }

    @Override public List<FxRateView> currentFxRates() { return List.of(EUR); }

    @Override public FxRateView setFxRate(SetFxRateRequest request) { throw new UnsupportedOperationException(); }
}
