package io.kaola.product.catalog.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.product.api.ProductError;

import java.util.Locale;
import java.util.regex.Pattern;

/** What an ops edit of a product's tax profile may contain (CatalogAdminService.updateTaxProfile). */
public final class TaxProfileRules {
    /** HS code (gcode of the customs list, CEB621): 8 digits (the Chinese tariff line) or 10 (with the statistical suffix). */
    private static final Pattern HS_CODE = Pattern.compile("\\d{8}(\\d{2})?");

    private TaxProfileRules() {}

    /**
     * @param raw as ops typed it: digits, dots and spaces allowed ("3304.9900" = "33049900"); "" clears it
     * @return the digits, or null for "" (no HS code)
     * @throws KaolaException PRODUCT_INVALID_TAX_PROFILE unless 8 or 10 digits
     */
    public static String hsCode(String raw) {
        String digits = raw.replace(".", "").replace(" ", "");
        if (digits.isEmpty()) return null;
        if (!HS_CODE.matcher(digits).matches()) {
            throw ProductError.INVALID_TAX_PROFILE.exception("hsCode must have 8 or 10 digits (e.g. 33049900), got '"
                    + (raw.length() > 20 ? raw.substring(0, 20) + "..." : raw) + "'");
        }
        return digits;
    }

    /**
     * @return the code trimmed and in upper case
     * @throws KaolaException PRODUCT_INVALID_TAX_PROFILE when blank
     */
    public static String taxCategoryCode(String raw) {
        String code = raw.trim().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) throw ProductError.INVALID_TAX_PROFILE.exception("taxCategoryCode is blank");
        return code;
    }
}
