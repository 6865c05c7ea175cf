package io.kaola.pricing.shipping.infrastructure;

import io.kaola.common.money.Money;
import io.kaola.pricing.shipping.domain.ShippingRule;
import org.apache.ibatis.annotations.Mapper;

import java.util.List;

/** Statements on {@code shipping_rule} (mapper/ShippingRuleMapper.xml). */
@Mapper
public interface ShippingRuleMapper {

    /** A shipping_rule row; money in CNY fen. */
    record ShippingRuleRow(String warehouseCode, int firstWeightGrams, long firstFeeMinor, int additionalWeightGrams,
                           long additionalFeeMinor, Long freeShippingThresholdMinor) {
        public static ShippingRuleRow of(ShippingRule r) {
            return new ShippingRuleRow(r.warehouseCode(), r.firstWeightGrams(), r.firstFee().minor(),
                    r.additionalWeightGrams(), r.additionalFee().minor(),
                    r.freeShippingThreshold() == null ? null : r.freeShippingThreshold().minor());
        }

        public ShippingRule toDomain() {
            return new ShippingRule(warehouseCode, firstWeightGrams, Money.cny(firstFeeMinor), additionalWeightGrams,
                    Money.cny(additionalFeeMinor),
                    freeShippingThresholdMinor == null ? null : Money.cny(freeShippingThresholdMinor));
        }
    }

    /** @return every warehouse's rule, by warehouse code */
    List<ShippingRuleRow> findAll();

    /** Inserts the rule, or replaces every column of the warehouse's rule. */
    void upsert(ShippingRuleRow row);
}
