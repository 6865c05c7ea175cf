package io.kaola.pricing.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Business settings of the price engine ({@code kaola.pricing.*}).
 *
 * @param defaultWeightGrams weight of one unit whose catalogue weight is unknown (0), grams, >= 1
 * @param defaultWarehouse   bonded warehouse whose shipping rule applies to a request without one, or to a warehouse
 *                           without its own rule
 * @param rulesCacheTtl      how long an instance keeps tax categories, shipping rules and the FX rates in force in
 *                           memory; a change made
 *                           through this instance applies at once, one made through another instance after this delay
 */
@ConfigurationProperties("kaola.pricing")
public record PricingProperties(@DefaultValue("500") int defaultWeightGrams,
                                @DefaultValue("BONDED-NINGBO") String defaultWarehouse,
                                @DefaultValue("30s") Duration rulesCacheTtl) {
    public PricingProperties {
        if (defaultWeightGrams < 1) throw new IllegalArgumentException("kaola.pricing.default-weight-grams must be >= 1");
    }
}
