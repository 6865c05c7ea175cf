package io.kaola.pricing.shipping.domain;

import java.util.List;

/** The stored shipping rules, one per bonded warehouse (port; MyBatis implementation in shipping/infrastructure). */
public interface ShippingRuleRepository {

    /** @return every warehouse's rule, by warehouse code */
    List<ShippingRule> findAll();

    /** Inserts the rule, or replaces every field of the warehouse's rule. */
    void upsert(ShippingRule rule);
}
