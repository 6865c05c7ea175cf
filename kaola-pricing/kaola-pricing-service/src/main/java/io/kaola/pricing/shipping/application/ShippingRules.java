package io.kaola.pricing.shipping.application;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.kaola.pricing.config.PricingProperties;
import io.kaola.pricing.shipping.domain.ShippingRule;
import io.kaola.pricing.shipping.domain.ShippingRuleRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shipping rule of each bonded warehouse, read from the table at most once per
 * {@code kaola.pricing.rules-cache-ttl}, and set by ops.
 */
@Service
public class ShippingRules {
    private static final Logger log = LoggerFactory.getLogger(ShippingRules.class);
    private static final String ALL = "all";
    private final ShippingRuleRepository rules;
    private final PricingProperties properties;
    private final LoadingCache<String, Map<String, ShippingRule>> cache;

    public ShippingRules(ShippingRuleRepository rules, PricingProperties properties) {
        this.rules = rules;
        this.properties = properties;
        this.cache = Caffeine.newBuilder().expireAfterWrite(properties.rulesCacheTtl()).build(key -> load());
    }

    /** @return the warehouse asked for, or the default one ({@code kaola.pricing.default-warehouse}) for null or blank */
    public String warehouseOrDefault(String warehouseCode) {
        return warehouseCode == null || warehouseCode.isBlank() ? properties.defaultWarehouse() : warehouseCode;
    }

    /**
     * @param warehouseCode the parcel's warehouse (null: the default)
     * @return its rule; the default warehouse's when it has none; a rule charging nothing when neither has one (logged)
     */
    public ShippingRule ruleFor(String warehouseCode) {
        Map<String, ShippingRule> byWarehouse = cache.get(ALL);
        ShippingRule rule = byWarehouse.get(warehouseOrDefault(warehouseCode));
        if (rule == null) rule = byWarehouse.get(properties.defaultWarehouse());
        if (rule == null) {
            log.warn("no shipping rule for warehouse {} nor the default warehouse {}: shipping is free",
                    warehouseCode, properties.defaultWarehouse());
            rule = ShippingRule.free(properties.defaultWarehouse());
        }
        return rule;
    }

    /** @return every warehouse's rule, by warehouse code */
    public List<ShippingRule> list() { return List.copyOf(cache.get(ALL).values()); }

    /**
     * Adds or replaces a warehouse's rule (one statement), then drops this instance's cache so the next quote uses it.
     *
     * @param checked a rule that passed {@link ShippingRule#checkNew}
     * @return the stored rule, as read back
     */
    public ShippingRule set(ShippingRule checked) {
        rules.upsert(checked);
        cache.invalidateAll();
        return cache.get(ALL).get(checked.warehouseCode());
    }

    private Map<String, ShippingRule> load() {
        Map<String, ShippingRule> byWarehouse = new LinkedHashMap<>();
        for (ShippingRule rule : rules.findAll()) byWarehouse.put(rule.warehouseCode(), rule);
        return Collections.unmodifiableMap(byWarehouse);
    }
}
