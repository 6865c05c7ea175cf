package io.kaola.pricing.tax.domain;

import io.kaola.common.money.Money;
import io.kaola.pricing.api.NetContent;
import io.kaola.pricing.api.PricingError;

import java.math.BigDecimal;

/**
 * A cross-border tax category: statutory rates and how consumption tax is levied (docs/cross-border.md §2).
 *
 * @param code               upper case, e.g. "GENERAL", "COSMETICS"
 * @param name               human name
 * @param vatRate            statutory import VAT rate, 0..1, at most 4 decimals (0.13)
 * @param consumptionTaxRate statutory ad-valorem CT rate, 0 <= c < 1, at most 4 decimals; 0 exactly when basis is NONE
 * @param basis              how CT is levied
 * @param thresholdPerUnit   COSMETICS_THRESHOLD: CNY per ml or g (10.00); otherwise null
 * @param thresholdPerPiece  COSMETICS_THRESHOLD: CNY per piece (15.00); WATCH_THRESHOLD: CNY per unit (10000.00); otherwise null
 * @param mfnTariffRate      MFN tariff rate 0..1, charged only on a single item over the limit
 * @param blocked            true: not sold through cross-border retail import
 * @param source             the regulation behind the rates (and "UNVERIFIED" where no source confirmed them)
 */
public record TaxCategory(String code, String name, BigDecimal vatRate, BigDecimal consumptionTaxRate,
                          ConsumptionTaxBasis basis, Money thresholdPerUnit, Money thresholdPerPiece,
                          BigDecimal mfnTariffRate, boolean blocked, String source) {
    /** The category of a line that names none. */
    public static final String GENERAL = "GENERAL";
    /** Decimals stored for a rate (columns DECIMAL(6,4)). */
    public static final int RATE_SCALE = 4;
    public static final int MAX_CODE_LENGTH = 32;
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_SOURCE_LENGTH = 500;

    /**
     * Checks a category set by ops before it is stored.
     *
     * @return the category with rates at scale 4, name and source stripped
     * @throws io.kaola.common.error.KaolaException PRICING_INVALID_TAX_CATEGORY naming what is wrong
     */
    public static TaxCategory checkNew(String code, String name, BigDecimal vatRate, BigDecimal consumptionTaxRate,
                                       String basis, Money thresholdPerUnit, Money thresholdPerPiece,
                                       BigDecimal mfnTariffRate, boolean blocked, String source) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{0," + (MAX_CODE_LENGTH - 1) + "}")) {
            throw invalid("code must be upper-case letters, digits and '_' (at most " + MAX_CODE_LENGTH + "), was " + code);
        }
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
            throw invalid("name of " + code + " is required, at most " + MAX_NAME_LENGTH + " characters");
        }
        BigDecimal vat = rate(code, "vatRate", vatRate, true);
        BigDecimal ct = rate(code, "consumptionTaxRate", consumptionTaxRate, false);
        BigDecimal mfn = rate(code, "mfnTariffRate", mfnTariffRate, true);
        ConsumptionTaxBasis parsed = parseBasis(code, basis);
        if ((parsed == ConsumptionTaxBasis.NONE) != (ct.signum() == 0)) {
            throw invalid(code + ": consumptionTaxRate must be 0 exactly when consumptionTaxBasis is NONE");
        }
        Money perUnit = null, perPiece = null;
        if (parsed == ConsumptionTaxBasis.COSMETICS_THRESHOLD) {
            perUnit = threshold(code, "thresholdPerUnit", thresholdPerUnit);
            perPiece = threshold(code, "thresholdPerPiece", thresholdPerPiece);
        } else if (parsed == ConsumptionTaxBasis.WATCH_THRESHOLD) {
            perPiece = threshold(code, "thresholdPerPiece", thresholdPerPiece);
        }
        String why = source == null || source.isBlank() ? "ops setting" : source.strip();
        if (why.length() > MAX_SOURCE_LENGTH) throw invalid(code + ": source may have at most " + MAX_SOURCE_LENGTH + " characters");
        return new TaxCategory(code, name.strip(), vat, ct, parsed, perUnit, perPiece, mfn, blocked, why);
    }

    /**
     * Whether consumption tax is levied on a line of this category.
     * COSMETICS_THRESHOLD compares the unit price after real reductions, before freight, with the threshold
     * per ml/g (units ML, G) or per piece (PIECE); an unknown net content is charged (the safe side for the
     * buyer and the regulator: an uncharged high-end item would be under-declared). WATCH_THRESHOLD compares
     * the unit price with the threshold per unit.
     *
     * @param netGoodsFen line goods after real reductions, CNY fen
     * @param quantity    units on the line, >= 1
     * @param netContent  net content of one unit, or null when unknown
     */
    public boolean leviesConsumptionTax(long netGoodsFen, int quantity, NetContent netContent) {
        return switch (basis) {
            case NONE -> false;
            case AD_VALOREM -> true;
            case WATCH_THRESHOLD -> atLeast(netGoodsFen, thresholdPerPiece, BigDecimal.valueOf(quantity));
            case COSMETICS_THRESHOLD -> {
                if (netContent == null) yield true;
                Money threshold = "PIECE".equals(netContent.unit()) ? thresholdPerPiece : thresholdPerUnit;
                yield atLeast(netGoodsFen, threshold, netContent.quantity().multiply(BigDecimal.valueOf(quantity)));
            }
        };
    }

    /** @return netGoods / divisor >= threshold, compared without dividing */
    private static boolean atLeast(long netGoodsFen, Money threshold, BigDecimal divisor) {
        return BigDecimal.valueOf(netGoodsFen).compareTo(BigDecimal.valueOf(threshold.minor()).multiply(divisor)) >= 0;
    }

    private static BigDecimal rate(String code, String field, BigDecimal value, boolean oneAllowed) {
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0
                || (!oneAllowed && value.compareTo(BigDecimal.ONE) == 0)) {
            throw invalid(code + ": " + field + " must be between 0 and 1" + (oneAllowed ? "" : " (excluded)") + ", was " + value);
        }
        if (value.stripTrailingZeros().scale() > RATE_SCALE) {
            throw invalid(code + ": " + field + " may have at most " + RATE_SCALE + " decimals, was " + value.toPlainString());
        }
        return value.setScale(RATE_SCALE);
    }

    private static ConsumptionTaxBasis parseBasis(String code, String basis) {
        try {
            return ConsumptionTaxBasis.valueOf(basis == null ? "" : basis);
        } catch (IllegalArgumentException e) {
            throw invalid(code + ": consumptionTaxBasis must be one of NONE, AD_VALOREM, COSMETICS_THRESHOLD, "
                    + "WATCH_THRESHOLD, was " + basis);
        }
    }

    private static Money threshold(String code, String field, Money value) {
        if (value == null || !Money.CNY.equals(value.currency()) || value.minor() <= 0) {
            throw invalid(code + ": " + field + " must be a positive CNY amount, was " + value);
        }
        return value;
    }

    private static io.kaola.common.error.KaolaException invalid(String detail) {
        return PricingError.INVALID_TAX_CATEGORY.exception(detail);
    }
}
