package io.kaola.promotion.shared.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.money.Money;
import io.kaola.pricing.api.PromotionOffer;
import io.kaola.pricing.api.PromotionScope;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * The JSON columns of kaola-promotion: a scope ({@code {"skuCodes":[],"spuIds":[],"categoryKeys":[]}}) and the tiers
 * of a full reduction ({@code [{"thresholdFen":19900,"amountOffFen":2000}]}, CNY fen).
 */
@Component
public class PromotionJson {
    private record ScopeJson(Set<String> skuCodes, Set<Long> spuIds, Set<String> categoryKeys) {}
    private record TierJson(long thresholdFen, long amountOffFen) {}

    private final ObjectMapper json;

    public PromotionJson(ObjectMapper json) { this.json = json; }

    /** @return the scope as JSON */
    public String scope(PromotionScope scope) {
        PromotionScope s = scope == null ? PromotionScope.ALL : scope;
        return write(new ScopeJson(s.skuCodes(), s.spuIds(), s.categoryKeys()));
    }

    /** @return the scope read back */
    public PromotionScope scope(String text) {
        ScopeJson s = read(text, new TypeReference<>() {});
        return new PromotionScope(s.skuCodes(), s.spuIds(), s.categoryKeys());
    }

    /** @return the tiers as JSON, amounts in CNY fen */
    public String tiers(List<PromotionOffer.Tier> tiers) {
        return write(tiers.stream().map(t -> new TierJson(t.threshold().minor(), t.amountOff().minor())).toList());
    }

    /** @return the tiers read back, in CNY */
    public List<PromotionOffer.Tier> tiers(String text) {
        List<TierJson> tiers = read(text, new TypeReference<>() {});
        return tiers.stream().map(t -> new PromotionOffer.Tier(Money.cny(t.thresholdFen()), Money.cny(t.amountOffFen()))).toList();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable promotion column: " + text, e);
        }
    }
}
