package io.kaola.order.trade.infrastructure;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.kaola.pricing.api.PriceQuote;

/**
 * The frozen PriceQuote in trade_order.price_json. Its own mapper, not the app's, so the stored format
 * does not change with web settings: dates ISO-8601, rates as exact decimals, unknown fields ignored
 * (Money's derived "negative" flag is written but never read back).
 */
final class PriceJson {
    /** The mapper of every JSON column of the order tables (price_json, order_return's lines and refund). */
    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private PriceJson() {}

    static String write(PriceQuote quote) {
        try {
            return JSON.writeValueAsString(quote);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode price quote", e);
        }
    }

    static PriceQuote read(String json) {
        try {
            return JSON.readValue(json, PriceQuote.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot decode price_json", e);
        }
    }
}
