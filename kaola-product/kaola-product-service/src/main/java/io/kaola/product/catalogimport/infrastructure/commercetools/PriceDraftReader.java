package io.kaola.product.catalogimport.infrastructure.commercetools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.kaola.common.money.Money;
import io.kaola.product.catalogimport.domain.ImportProblems;
import io.kaola.product.catalogimport.domain.PriceDraft;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.kaola.product.catalogimport.domain.CatalogFiles.STANDALONE_PRICES;
import static io.kaola.product.catalogimport.infrastructure.commercetools.DraftItem.at;
import static io.kaola.product.catalogimport.infrastructure.commercetools.DraftItem.isSet;
import static io.kaola.product.catalogimport.infrastructure.commercetools.DraftItem.textOrNull;

/**
 * Reads commercetools prices: embedded {@code PriceDraft}s of a variant and the {@code StandalonePriceDraft}s
 * of standalone-prices.json (https://docs.commercetools.com/api/projects/standalone-prices), into
 * {@link PriceDraft}s.
 * <p>
 * Money: {@code centAmount} (or {@code preciseAmount} for {@code "type": "highPrecision"}) in units
 * of {@code fractionDigits} (the currency's default when absent) is converted to the currency's
 * default minor units, rounded HALF_UP when the source has more digits (commercetools itself rounds a
 * high-precision amount to its centAmount; we round the same value rather than refuse it).
 */
final class PriceDraftReader {
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private PriceDraftReader() {}

    /**
     * @param array    standalone-prices.json, null when absent
     * @param fileSkus the SKU codes of products.json (to their product key); a price for another SKU is a problem
     * @return the active, well-formed prices by SKU code, in file order
     */
    static Map<String, List<PriceDraft>> readStandalone(ArrayNode array, Map<String, String> fileSkus,
                                                        ImportProblems problems) {
        Map<String, List<PriceDraft>> bySku = new HashMap<>();
        if (array == null) return bySku;
        for (int i = 0; i < array.size(); i++) {
            JsonNode row = array.get(i);
            String sku = row.isObject() ? textOrNull(row.get("sku")) : null;
            DraftItem item = new DraftItem(problems, STANDALONE_PRICES, i, sku);
            if (!row.isObject()) { item.problem("must be a JSON object"); continue; }
            sku = item.text(row, "sku");
            if (sku == null) { item.problem("sku is missing"); continue; }
            PriceDraft price = price(item, row, "");
            if (!fileSkus.containsKey(sku)) {
                item.problem("unknown SKU '" + sku + "' (standalone prices apply to the SKUs of products.json)");
                continue;
            }
            JsonNode active = row.get("active");
            if (active != null && !active.isNull() && !active.isBoolean()) item.problem("active must be true or false");
            boolean isActive = active == null || active.isNull() || active.asBoolean();
            if (price != null && isActive) bySku.computeIfAbsent(sku, k -> new ArrayList<>()).add(price);
        }
        return bySku;
    }

    /** @return the price, null when malformed (a problem of {@code item}) */
    static PriceDraft price(DraftItem item, JsonNode price, String path) {
        if (!price.isObject()) { item.problem(path + " must be a JSON object"); return null; }
        Money value = money(item, price.get("value"), at(path, "value"));
        String country = item.text(price, "country", at(path, "country"));
        Instant validFrom = instant(item, price, "validFrom", path);
        Instant validUntil = instant(item, price, "validUntil", path);
        if (validFrom != null && validUntil != null && !validFrom.isBefore(validUntil)) {
            item.problem(at(path, "validFrom") + " is not before validUntil");
            return null;
        }
        if (value == null) return null;
        return new PriceDraft(value, country, channelOf(price.get("channel")), isSet(price.get("customerGroup")),
                validFrom, validUntil);
    }

    private static Instant instant(DraftItem item, JsonNode node, String field, String path) {
        String text = item.text(node, field, at(path, field));
        if (text == null) return null;
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            item.problem(at(path, field) + " is not an ISO 8601 date-time with offset: " + text);
            return null;
        }
    }

    /** @return the amount in the currency's default minor units; null when malformed (a problem) */
    static Money money(DraftItem item, JsonNode value, String path) {
        if (value == null || value.isNull()) { item.problem(path + " is missing"); return null; }
        if (!value.isObject()) { item.problem(path + " must be a money object"); return null; }
        String code = textOrNull(value.get("currencyCode"));
        if (code == null) { item.problem(path + ".currencyCode is missing"); return null; }
        Currency currency = currency(code);
        if (currency == null) { item.problem(path + ".currencyCode '" + code + "' is not an ISO 4217 currency"); return null; }
        String type = textOrNull(value.get("type"));
        boolean precise = "highPrecision".equals(type);
        if (type != null && !precise && !"centPrecision".equals(type)) {
            item.problem(path + ".type must be centPrecision or highPrecision");
            return null;
        }
        String amountField = precise && value.hasNonNull("preciseAmount") ? "preciseAmount" : "centAmount";
        JsonNode amount = value.get(amountField);
        if (amount == null || amount.isNull()) { item.problem(path + "." + amountField + " is missing"); return null; }
        if (!amount.isIntegralNumber() || !amount.canConvertToLong()) {
            item.problem(path + "." + amountField + " must be a whole number of minor units");
            return null;
        }
        if (amount.asLong() < 0) { item.problem(path + "." + amountField + " is negative (" + amount.asLong() + ")"); return null; }
        int defaultDigits = currency.getDefaultFractionDigits();
        int digits = defaultDigits;
        JsonNode fractionDigits = value.get("fractionDigits");
        if (fractionDigits != null && !fractionDigits.isNull()) {
            if (!fractionDigits.isInt() || fractionDigits.asInt() < 0 || fractionDigits.asInt() > 20) {
                item.problem(path + ".fractionDigits must be a whole number 0..20");
                return null;
            }
            digits = fractionDigits.asInt();
        } else if (precise && "preciseAmount".equals(amountField)) {
            item.problem(path + ".fractionDigits is required with preciseAmount");
            return null;
        }
        BigDecimal major = BigDecimal.valueOf(amount.asLong(), digits);
        BigDecimal minor = major.setScale(defaultDigits, RoundingMode.HALF_UP).movePointRight(defaultDigits);
        return new Money(minor.longValueExact(), code);
    }

    private static Currency currency(String code) {
        if (!CURRENCY.matcher(code).matches()) return null;
        try {
            Currency currency = Currency.getInstance(code);
            // Codes such as XAU (gold) have no minor unit and cannot be a shop price.
            return currency.getDefaultFractionDigits() < 0 ? null : currency;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * @return the channel reference's key, "id:&lt;id&gt;" without key, "?" when it names neither (still a
     * channel price, matching no accepted channel); null when the price has no channel
     */
    private static String channelOf(JsonNode channel) {
        if (!isSet(channel)) return null;
        String key = channel.isObject() ? textOrNull(channel.get("key")) : null;
        String id = channel.isObject() ? textOrNull(channel.get("id")) : null;
        return key != null ? key : id != null ? "id:" + id : "?";
    }
}
