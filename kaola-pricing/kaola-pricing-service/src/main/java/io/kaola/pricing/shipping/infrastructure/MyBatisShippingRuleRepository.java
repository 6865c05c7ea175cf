package io.kaola.pricing.shipping.infrastructure;

import io.kaola.pricing.shipping.domain.ShippingRule;
import io.kaola.pricing.shipping.domain.ShippingRuleRepository;
import io.kaola.pricing.shipping.infrastructure.ShippingRuleMapper.ShippingRuleRow;
import org.springframework.stereotype.Repository;

import java.util.List;

/** {@link ShippingRuleRepository} on table shipping_rule through {@link ShippingRuleMapper}. */
@Repository
public class MyBatisShippingRuleRepository implements ShippingRuleRepository {
    private final ShippingRuleMapper mapper;

    public MyBatisShippingRuleRepository(ShippingRuleMapper mapper) { this.mapper = mapper; }

    @Override
    public List<ShippingRule> findAll() { return mapper.findAll().stream().map(ShippingRuleRow::toDomain).toList(); }

    @Override
    public void upsert(ShippingRule rule) { mapper.upsert(ShippingRuleRow.of(rule)); }
}
