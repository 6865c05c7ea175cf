package io.kaola.pricing.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.util.List;

/**
 * The price of a cart in CNY with its breakdown. Invariant: {@code total = goods - discount + shipping + tax}
 * (fen, exact), each equal to the sum of the same field over the lines. Non-cash deductions (points,
 * vouchers) will be a separate field: they do not lower the dutiable value.
 *
 * @param lines         per line
 * @param goods         sum of line goods, CNY fen
 * @param discount      real price reductions (>= 0, subtracted; they lower the dutiable value), CNY fen
 * @param shipping      shipping fee, CNY fen
 * @param tax           cross-border comprehensive tax, CNY fen
 * @param total         what the buyer pays, CNY fen
 * @param fxRates       every FX rate used, one per supplier currency
 * @param dutiableValue 完税价格: goods - discount + shipping + insurance (0), CNY fen
 * @param taxBreakdown  the tax summed by kind
 * @param limitVerdict  the per-transaction test
 * @param steps         every step with inputs, formula and rule source (empty unless asked for)
 * @param appliedLimit  which limit decided {@code limitVerdict}, its amount and the reason; null on quotes made
 *                      without a verdict (the constructors without it) and on quotes stored before it existed
 * @param coupon        what became of the coupon asked for (applied, or refused and why); null when none was asked
 */
public record PriceQuote(List<LineQuote> lines, Money goods, Money discount, Money shipping, Money tax, Money total,
                         List<FxRateView> fxRates, Money dutiableValue, TaxBreakdown taxBreakdown,
                         LimitVerdict limitVerdict, List<PriceStep> steps, AppliedLimit appliedLimit,
                         CouponOutcome coupon)
        implements Serializable {
    public PriceQuote {
        lines = List.copyOf(lines);
        fxRates = List.copyOf(fxRates);
        steps = steps == null ? List.of() : List.copyOf(steps);
        if (taxBreakdown == null) taxBreakdown = TaxBreakdown.none();
        if (limitVerdict == null) limitVerdict = LimitVerdict.WITHIN_LIMIT;
        if (dutiableValue == null) dutiableValue = goods.minus(discount).plus(shipping);
    }

    /** A quote made without a coupon. */
    public PriceQuote(List<LineQuote> lines, Money goods, Money discount, Money shipping, Money tax, Money total,
                      List<FxRateView> fxRates, Money dutiableValue, TaxBreakdown taxBreakdown,
                      LimitVerdict limitVerdict, List<PriceStep> steps, AppliedLimit appliedLimit) {
        this(lines, goods, discount, shipping, tax, total, fxRates, dutiableValue, taxBreakdown, limitVerdict, steps,
                appliedLimit, null);
    }

    /** A quote without the applied limit (as before kaola-pricing reported it). */
    public PriceQuote(List<LineQuote> lines, Money goods, Money discount, Money shipping, Money tax, Money total,
                      List<FxRateView> fxRates, Money dutiableValue, TaxBreakdown taxBreakdown,
                      LimitVerdict limitVerdict, List<PriceStep> steps) {
        this(lines, goods, discount, shipping, tax, total, fxRates, dutiableValue, taxBreakdown, limitVerdict, steps,
                null);
    }

    /** A quote without tax detail (goods, FX and shipping only). */
    public PriceQuote(List<LineQuote> lines, Money goods, Money discount, Money shipping, Money tax, Money total,
                      List<FxRateView> fxRates) {
        this(lines, goods, discount, shipping, tax, total, fxRates, null, null, null, null, null);
    }

    /**
     * @param skuCode           SKU code
     * @param quantity          >= 1
     * @param supplierUnitPrice list price in the supplier's currency
     * @param fxRate            the rate that converted it
     * @param unitPrice         unit price in CNY fen, rounded HALF_UP once from supplier price × rate
     * @param goods             unitPrice × quantity, CNY fen
     * @param discount          real price reduction on this line (>= 0), CNY fen
     * @param shipping          shipping allocated to this line (pro rata to goods, remainder on the last line), CNY fen
     * @param tax               tax on this line, CNY fen (= taxBreakdown.total())
     * @param total             goods - discount + shipping + tax, CNY fen
     * @param dutiableValue     goods - discount + shipping of this line, CNY fen
     * @param taxBreakdown      the line's tax by kind, with rates
     * @param reductions        each promotion's share of {@code discount}, in the order applied (activity price,
     *                          full reduction, coupon); they add up to {@code discount}
     */
    public record LineQuote(String skuCode, int quantity, Money supplierUnitPrice, FxRateView fxRate, Money unitPrice,
                            Money goods, Money discount, Money shipping, Money tax, Money total, Money dutiableValue,
                            TaxBreakdown taxBreakdown, List<LineReduction> reductions) implements Serializable {
        public LineQuote {
            if (taxBreakdown == null) taxBreakdown = TaxBreakdown.none();
            if (dutiableValue == null) dutiableValue = goods.minus(discount).plus(shipping);
            reductions = reductions == null ? List.of() : List.copyOf(reductions);
        }

        /** A line without promotions. */
        public LineQuote(String skuCode, int quantity, Money supplierUnitPrice, FxRateView fxRate, Money unitPrice,
                         Money goods, Money discount, Money shipping, Money tax, Money total, Money dutiableValue,
                         TaxBreakdown taxBreakdown) {
            this(skuCode, quantity, supplierUnitPrice, fxRate, unitPrice, goods, discount, shipping, tax, total,
                    dutiableValue, taxBreakdown, List.of());
        }

        /** A line without tax detail. */
        public LineQuote(String skuCode, int quantity, Money supplierUnitPrice, FxRateView fxRate, Money unitPrice,
                         Money goods, Money discount, Money shipping, Money tax, Money total) {
            this(skuCode, quantity, supplierUnitPrice, fxRate, unitPrice, goods, discount, shipping, tax, total, null, null);
        }
    }
}
