package io.kaola.gateway.promotion;

import io.kaola.pricing.api.PromotionScope;

import java.util.Set;

/**
 * What a coupon or activity applies to, in a request body; absent or all empty = everything.
 *
 * @param skuCodes     SKU codes (activities only)
 * @param spuIds       SPU ids
 * @param categoryKeys category keys, e.g. "cheese-trays"
 */
public record ScopeBody(Set<String> skuCodes, Set<Long> spuIds, Set<String> categoryKeys) {
    /** @return the scope (null body: everything) */
    static PromotionScope toScope(ScopeBody body) {
        return body == null ? PromotionScope.ALL : new PromotionScope(body.skuCodes(), body.spuIds(), body.categoryKeys());
    }
}
