package io.kaola.pricing.testsupport;

import io.kaola.common.money.Money;
import io.kaola.pricing.api.NetContent;
import io.kaola.pricing.quote.domain.PricingRules;
import io.kaola.pricing.shipping.domain.ShippingRule;
import io.kaola.pricing.tax.domain.TaxCategory;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tax categories and the shipping rule seeded by V3__tax_and_shipping.sql, as domain values. */
public final class SeededRules {
    private SeededRules() {}

    public static final TaxCategory GENERAL = category("GENERAL", "0.13", "0", "NONE", null, null, "0.10", false);
    public static final TaxCategory REDUCED_9 = category("REDUCED_9", "0.09", "0", "NONE", null, null, "0.10", false);
    public static final TaxCategory COSMETICS = category("COSMETICS", "0.13", "0.15", "COSMETICS_THRESHOLD", 1000L, 1500L, "0.10", false);
    public static final TaxCategory JEWELLERY_JADE = category("JEWELLERY_JADE", "0.13", "0.10", "AD_VALOREM", null, null, "0.10", false);
    public static final TaxCategory WINE = category("WINE", "0.13", "0.10", "AD_VALOREM", null, null, "0.10", false);
    public static final TaxCategory PRECIOUS_JEWELLERY = category("PRECIOUS_JEWELLERY", "0.13", "0", "NONE", null, null, "0.10", false);
    public static final TaxCategory WATCH = category("WATCH", "0.13", "0.20", "WATCH_THRESHOLD", null, 1_000_000L, "0.08", false);
    public static final TaxCategory BEER_SPIRITS = category("BEER_SPIRITS", "0.13", "0", "NONE", null, null, "0.10", true);

    /** BONDED-NINGBO: first 1000 g 10.00, each further 500 g 5.00, free at goods >= 299.00. */
    public static final ShippingRule NINGBO = ShippingRule.checkNew("BONDED-NINGBO", 1000, Money.cny(1000), 500,
            Money.cny(500), Money.cny(29900));

    public static List<TaxCategory> categories() {
        return List.of(GENERAL, REDUCED_9, COSMETICS, JEWELLERY_JADE, WINE, PRECIOUS_JEWELLERY, WATCH, BEER_SPIRITS);
    }

    public static Map<String, TaxCategory> byCode() {
        Map<String, TaxCategory> byCode = new LinkedHashMap<>();
        for (TaxCategory c : categories()) byCode.put(c.code(), c);
        return byCode;
    }

    /** The seeded categories with BONDED-NINGBO's rule and a default unit weight of 500 g. */
    public static PricingRules ningbo() { return with(NINGBO); }

    /** The seeded categories with {@code rule} and a default unit weight of 500 g. */
    public static PricingRules with(ShippingRule rule) {
        return new PricingRules(byCode(), rule.warehouseCode(), rule, 500);
    }

    /** A rule charging {@code fee} fen up to 1000 g and 5.00 per further 500 g, never free. */
    public static ShippingRule flat(long feeFen) {
        return ShippingRule.checkNew("TEST", 1000, Money.cny(feeFen), 500, Money.cny(500), null);
    }

    public static NetContent ml(String quantity) { return new NetContent(new BigDecimal(quantity), "ML"); }

    public static NetContent grams(String quantity) { return new NetContent(new BigDecimal(quantity), "G"); }

    public static NetContent pieces(String quantity) { return new NetContent(new BigDecimal(quantity), "PIECE"); }

    private static TaxCategory category(String code, String vat, String ct, String basis, Long perUnit, Long perPiece,
                                        String mfn, boolean blocked) {
        return TaxCategory.checkNew(code, code, new BigDecimal(vat), new BigDecimal(ct), basis,
                perUnit == null ? null : Money.cny(perUnit), perPiece == null ? null : Money.cny(perPiece),
                new BigDecimal(mfn), blocked, "seed");
    }
}
