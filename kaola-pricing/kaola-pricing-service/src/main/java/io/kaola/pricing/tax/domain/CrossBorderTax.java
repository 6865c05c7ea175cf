package io.kaola.pricing.tax.domain;

import io.kaola.common.money.Money;
import io.kaola.pricing.api.LimitVerdict;
import io.kaola.pricing.api.TaxBreakdown;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Cross-border comprehensive tax (跨境电商综合税) of one line, CNY fen. P = the line's dutiable value, c = CT rate
 * (0 when CT is not levied), v = VAT rate, d = MFN tariff rate:
 * <pre>
 * within limits:          D = 0      CT = P/(1-c)*c*0.7      VAT = (P + P/(1-c)*c)*v*0.7
 * single item over limit: D = P*d    CT = (P+D)/(1-c)*c      VAT = (P+D+CT)*v
 * </pre>
 * Both are {@code D = P*d'; CT = (P+D)*c*f/(1-c); VAT = (P+D)*v*f/(1-c)} with levy factor f = 0.7 and d' = 0
 * within the limits, f = 1 and d' = d in full. Each component is computed from the exact value of the others
 * (no intermediate rounding) and rounded {@link RoundingMode#HALF_UP} to the fen once, per line; the order's tax
 * is the sum of its lines (customs taxes each line, CEB816; customs' own rounding is UNVERIFIED).
 * Sources: 财关税〔2016〕18号 (formula, 70%), 财关税〔2018〕49号 (limits), 财政部 税务总局 海关总署公告2019年第39号 (VAT rates).
 */
public final class CrossBorderTax {
    public static final BigDecimal WITHIN_LIMIT_LEVY = new BigDecimal("0.7");
    public static final BigDecimal FULL_LEVY = BigDecimal.ONE;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    private static final int FEN_SCALE = 2;

    /** How much of the statutory tax is levied, from the per-transaction verdict. */
    public enum Levy {
        /** Tariff 0; VAT and CT at 70% of the statutory amount. */
        WITHIN_LIMITS(WITHIN_LIMIT_LEVY, "0", "P/(1-c)*c*0.7", "(P + P/(1-c)*c)*v*0.7"),
        /** A single indivisible item over the limit: tariff, CT and VAT in full. */
        IN_FULL(FULL_LEVY, "P*d", "(P+D)/(1-c)*c", "(P+D+CT)*v");

        private final BigDecimal factor;
        private final String tariffFormula, consumptionTaxFormula, vatFormula;

        Levy(BigDecimal factor, String tariffFormula, String consumptionTaxFormula, String vatFormula) {
            this.factor = factor;
            this.tariffFormula = tariffFormula;
            this.consumptionTaxFormula = consumptionTaxFormula;
            this.vatFormula = vatFormula;
        }

        /** @return 0.7 or 1 */
        public BigDecimal factor() { return factor; }
        public String tariffFormula() { return tariffFormula; }
        public String consumptionTaxFormula() { return consumptionTaxFormula; }
        public String vatFormula() { return vatFormula; }

        /**
         * @return IN_FULL for SINGLE_ITEM_OVER_LIMIT; WITHIN_LIMITS otherwise, including OVER_TRANSACTION_LIMIT
         *         (refused by the order, but a trial still shows what the cart would cost within the limits)
         */
        public static Levy of(LimitVerdict verdict) {
            return verdict == LimitVerdict.SINGLE_ITEM_OVER_LIMIT ? IN_FULL : WITHIN_LIMITS;
        }
    }

    private CrossBorderTax() {}

    /**
     * @param dutiableFen          the line's dutiable value P, CNY fen, >= 0
     * @param category             the line's tax category
     * @param consumptionTaxLevied false sets c = 0 (no CT category, or under a CT threshold)
     * @param levy                 within the limits or in full
     * @return tariff, CT and VAT in CNY fen, each rounded HALF_UP once, with the rates applied
     */
    public static TaxBreakdown lineTax(long dutiableFen, TaxCategory category, boolean consumptionTaxLevied, Levy levy) {
        BigDecimal p = BigDecimal.valueOf(dutiableFen, FEN_SCALE);
        BigDecimal d = levy == Levy.IN_FULL ? category.mfnTariffRate() : BigDecimal.ZERO.setScale(TaxCategory.RATE_SCALE);
        BigDecimal c = consumptionTaxLevied ? category.consumptionTaxRate() : BigDecimal.ZERO.setScale(TaxCategory.RATE_SCALE);
        BigDecimal v = category.vatRate();
        BigDecimal f = levy.factor();

        BigDecimal tariff = p.multiply(d);
        BigDecimal base = p.add(tariff);                          // P + D
        BigDecimal oneMinusC = BigDecimal.ONE.subtract(c);        // composite price (组成计税价格) = base/(1-c)
        BigDecimal ct = base.multiply(c).multiply(f).divide(oneMinusC, FEN_SCALE, ROUNDING);
        BigDecimal vat = base.multiply(v).multiply(f).divide(oneMinusC, FEN_SCALE, ROUNDING);
        return new TaxBreakdown(category.code(), fen(tariff.setScale(FEN_SCALE, ROUNDING)), fen(ct), fen(vat), d, c, v, f);
    }

    private static Money fen(BigDecimal yuan) { return Money.cny(yuan.movePointRight(FEN_SCALE).longValueExact()); }
}
