package io.kaola.pricing.quote.domain;

import io.kaola.common.money.Money;
import io.kaola.pricing.api.PriceStep;
import io.kaola.pricing.api.TaxBreakdown;
import io.kaola.pricing.fx.domain.FxRate;
import io.kaola.pricing.shipping.domain.ShippingRule;
import io.kaola.pricing.tax.domain.ConsumptionTaxBasis;
import io.kaola.pricing.tax.domain.CrossBorderTax;
import io.kaola.pricing.tax.domain.TaxCategory;
import io.kaola.pricing.tax.domain.TransactionLimit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The steps of {@link PriceCalculator#quote}, one {@link PriceStep} each: amounts in CNY major units as text,
 * rates as decimals, with the formula and the rule it follows.
 */
final class PriceExplanation {
    static final String TAX_SOURCE = "财关税〔2016〕18号";
    static final String COSMETICS_SOURCE = "财税〔2016〕103号";
    static final String VAT_RATES_SOURCE = "财政部 税务总局 海关总署公告2019年第39号";

    private PriceExplanation() {}

    static PriceStep fxConversion(CartLine line, FxRate rate, long unitFen) {
        Map<String, String> in = inputs();
        in.put("supplierUnitPrice", line.supplierUnitPrice().toMajor().toPlainString() + " " + line.supplierUnitPrice().currency());
        in.put("rate", rate.rate().toPlainString());
        in.put("rateDate", String.valueOf(rate.rateDate()));
        in.put("rateSource", rate.source());
        return new PriceStep("fx-conversion", line.skuCode(), "round_HALF_UP(supplierUnitPrice × rate, 0.01)", in,
                rate.baseCurrency() + "→CNY rate: " + rate.source(), Money.cny(unitFen));
    }

    static PriceStep goods(CartLine line, long unitFen, long goodsFen) {
        Map<String, String> in = inputs();
        in.put("unitPrice", yuan(unitFen));
        in.put("quantity", String.valueOf(line.quantity()));
        return new PriceStep("goods", line.skuCode(), "unitPrice × quantity", in,
                "unit price rounded once, then exact fen (docs/adr/0006-money.md)", Money.cny(goodsFen));
    }

    static PriceStep discount(long discountFen) {
        return new PriceStep("discount", null, "Σ real price reductions of the lines", inputs(),
                "activity price, full reduction and coupon, each a real price reduction that lowers the dutiable value; points and vouchers never do (docs/cross-border.md §2)",
                Money.cny(discountFen));
    }

    static PriceStep shipping(PricingRules rules, long parcelWeightGrams, long netGoodsFen, long feeFen) {
        ShippingRule rule = rules.shippingRule();
        Map<String, String> in = inputs();
        in.put("warehouseCode", String.valueOf(rules.warehouseCode()));
        in.put("ruleOfWarehouse", rule.warehouseCode());
        in.put("parcelWeightGrams", String.valueOf(parcelWeightGrams));
        in.put("defaultWeightGrams", String.valueOf(rules.defaultWeightGrams()));
        in.put("firstWeightGrams", String.valueOf(rule.firstWeightGrams()));
        in.put("firstFee", rule.firstFee().toMajor().toPlainString());
        in.put("additionalWeightGrams", String.valueOf(rule.additionalWeightGrams()));
        in.put("additionalFee", rule.additionalFee().toMajor().toPlainString());
        in.put("freeShippingThreshold", rule.freeShippingThreshold() == null ? "none"
                : rule.freeShippingThreshold().toMajor().toPlainString());
        in.put("goodsAfterDiscount", yuan(netGoodsFen));
        return new PriceStep("shipping", null, "goodsAfterDiscount >= freeShippingThreshold ? 0 : firstFee + "
                + "ceil(max(0, parcelWeight - firstWeight) / additionalWeight) × additionalFee", in,
                "shipping rule of warehouse " + rule.warehouseCode() + " (ops setting)", Money.cny(feeFen));
    }

    static PriceStep freightAllocation(CartLine line, long shippingFen, long lineNetFen, long orderNetFen,
                                       boolean last, long freightFen) {
        Map<String, String> in = inputs();
        in.put("shipping", yuan(shippingFen));
        in.put("lineGoodsAfterDiscount", yuan(lineNetFen));
        in.put("orderGoodsAfterDiscount", yuan(orderNetFen));
        return new PriceStep("freight-allocation", line.skuCode(),
                last ? "shipping − Σ freight of the other lines" : "round_HALF_UP(shipping × lineGoods / orderGoods, 0.01)",
                in, "pro rata to goods after reductions, remainder on the last line (docs/cross-border.md §2)",
                Money.cny(freightFen));
    }

    static PriceStep lineDutiableValue(CartLine line, long goodsFen, long discountFen, long freightFen, long dutiableFen) {
        Map<String, String> in = inputs();
        in.put("goods", yuan(goodsFen));
        in.put("discount", yuan(discountFen));
        in.put("freight", yuan(freightFen));
        in.put("insurance", "0.00");
        return new PriceStep("dutiable-value", line.skuCode(), "goods − discount + freight + insurance", in,
                TAX_SOURCE + ": 完税价格 = actual transaction price (goods + freight + insurance)", Money.cny(dutiableFen));
    }

    static PriceStep orderDutiableValue(long dutiableFen) {
        return new PriceStep("dutiable-value", null, "Σ dutiable value of the lines", inputs(),
                TAX_SOURCE + "; the per-transaction limit is tested on it (" + TransactionLimit.RULE_SOURCE + ")",
                Money.cny(dutiableFen));
    }

    static PriceStep limitVerdict(long orderDutiableFen, int lineCount, long units, TransactionLimit.Outcome outcome) {
        Map<String, String> in = inputs();
        in.put("orderDutiableValue", yuan(orderDutiableFen));
        in.put("perTransactionLimit", yuan(TransactionLimit.PER_TRANSACTION_LIMIT_FEN));
        in.put("singleItemLimit", yuan(TransactionLimit.SINGLE_ITEM_LIMIT_FEN));
        in.put("lines", String.valueOf(lineCount));
        in.put("units", String.valueOf(units));
        in.put("verdict", outcome.verdict().name());
        in.put("appliedLimit", outcome.applied().kind().name());
        in.put("reason", outcome.applied().reason());
        return new PriceStep("limit-verdict", null, "P <= 5000.00 → WITHIN_LIMIT; one line of quantity 1 and "
                + "P < 26000.00 → SINGLE_ITEM_OVER_LIMIT; otherwise OVER_TRANSACTION_LIMIT", in,
                TransactionLimit.RULE_SOURCE, null);
    }

    static PriceStep tariff(CartLine line, long dutiableFen, TaxBreakdown tax, CrossBorderTax.Levy levy, TaxCategory category) {
        Map<String, String> in = inputs();
        in.put("P", yuan(dutiableFen));
        in.put("d", tax.tariffRate().toPlainString());
        in.put("levyFactor", tax.levyFactor().toPlainString());
        return new PriceStep("tariff", line.skuCode(), levy.tariffFormula(), in,
                levy == CrossBorderTax.Levy.IN_FULL
                        ? TransactionLimit.RULE_SOURCE + " (single item over the limit: in full); MFN rate of "
                          + category.code() + ": " + category.source()
                        : TAX_SOURCE + " (tariff 0 within the limits)",
                tax.tariff());
    }

    static PriceStep consumptionTax(CartLine line, long dutiableFen, long netGoodsFen, TaxBreakdown tax,
                                    CrossBorderTax.Levy levy, TaxCategory category, boolean levied) {
        Map<String, String> in = inputs();
        in.put("P", yuan(dutiableFen));
        in.put("D", tax.tariff().toMajor().toPlainString());
        in.put("taxCategory", category.code());
        in.put("basis", category.basis().name());
        in.put("statutoryRate", category.consumptionTaxRate().toPlainString());
        in.put("c", tax.consumptionTaxRate().toPlainString());
        in.put("levyFactor", tax.levyFactor().toPlainString());
        if (category.basis() == ConsumptionTaxBasis.COSMETICS_THRESHOLD || category.basis() == ConsumptionTaxBasis.WATCH_THRESHOLD) {
            in.put("unitPriceBeforeFreight", BigDecimal.valueOf(netGoodsFen, 2)
                    .divide(BigDecimal.valueOf(line.quantity()), 2, RoundingMode.HALF_UP).toPlainString());
            if (category.basis() == ConsumptionTaxBasis.COSMETICS_THRESHOLD) {
                in.put("netContent", line.netContent() == null ? "unknown (charged)"
                        : line.netContent().quantity().toPlainString() + " " + line.netContent().unit());
                in.put("thresholdPerMlOrG", category.thresholdPerUnit().toMajor().toPlainString());
            }
            in.put("thresholdPerPiece", category.thresholdPerPiece().toMajor().toPlainString());
        }
        String formula = levied ? levy.consumptionTaxFormula()
                : category.basis() == ConsumptionTaxBasis.NONE ? "0 (no consumption tax in this category)"
                : "0 (unit price below the threshold)";
        String source = category.basis() == ConsumptionTaxBasis.COSMETICS_THRESHOLD
                ? TAX_SOURCE + "; " + COSMETICS_SOURCE + " (high-end cosmetics; freight left out of the test, UNVERIFIED)"
                : TAX_SOURCE + "; " + category.code() + ": " + category.source();
        return new PriceStep("consumption-tax", line.skuCode(), formula, in, source, tax.consumptionTax());
    }

    static PriceStep vat(CartLine line, long dutiableFen, TaxBreakdown tax, CrossBorderTax.Levy levy) {
        Map<String, String> in = inputs();
        in.put("P", yuan(dutiableFen));
        in.put("D", tax.tariff().toMajor().toPlainString());
        in.put("c", tax.consumptionTaxRate().toPlainString());
        in.put("v", tax.vatRate().toPlainString());
        in.put("levyFactor", tax.levyFactor().toPlainString());
        return new PriceStep("vat", line.skuCode(), levy.vatFormula(), in,
                TAX_SOURCE + "; VAT rate: " + VAT_RATES_SOURCE, tax.vat());
    }

    static PriceStep total(Money goods, Money discount, Money shipping, TaxBreakdown tax, Money total) {
        Map<String, String> in = inputs();
        in.put("goods", goods.toMajor().toPlainString());
        in.put("discount", discount.toMajor().toPlainString());
        in.put("shipping", shipping.toMajor().toPlainString());
        in.put("tariff", tax.tariff().toMajor().toPlainString());
        in.put("consumptionTax", tax.consumptionTax().toMajor().toPlainString());
        in.put("vat", tax.vat().toMajor().toPlainString());
        return new PriceStep("total", null, "goods − discount + shipping + tariff + consumptionTax + vat", in,
                "sums of the lines, so the lines add up to the total (docs/cross-border.md §2, §6)", total);
    }

    /** Insertion-ordered and serialisable, so the steps read in order on the wire and in JSON. */
    static Map<String, String> inputs() { return new LinkedHashMap<>(); }

    static String yuan(long fen) { return BigDecimal.valueOf(fen, 2).toPlainString(); }
}
