package io.kaola.pricing.shipping.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.pricing.api.PricingError;
import org.junit.jupiter.api.Test;

import static io.kaola.pricing.testsupport.SeededRules.NINGBO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** BONDED-NINGBO: first 1000 g 10.00, each further 500 g 5.00, free at goods >= 299.00. */
class ShippingFeeTest {

    @Test
    void up_to_the_first_weight_the_first_fee_is_charged() {
        assertThat(ShippingFee.feeFen(NINGBO, 1, 10000)).isEqualTo(1000);
        assertThat(ShippingFee.feeFen(NINGBO, 1000, 10000)).isEqualTo(1000);
    }

    @Test
    void a_started_step_counts_in_full() {
        assertThat(ShippingFee.feeFen(NINGBO, 1001, 10000)).isEqualTo(1500);
        assertThat(ShippingFee.feeFen(NINGBO, 1500, 10000)).isEqualTo(1500);
        assertThat(ShippingFee.feeFen(NINGBO, 1501, 10000)).isEqualTo(2000);
        assertThat(ShippingFee.feeFen(NINGBO, 2500, 10000)).isEqualTo(2500);
    }

    @Test
    void shipping_is_free_from_299_00_of_goods_and_charged_one_fen_below() {
        assertThat(ShippingFee.feeFen(NINGBO, 5000, 29900)).isZero();
        assertThat(ShippingFee.feeFen(NINGBO, 5000, 29899)).isEqualTo(5000);
    }

    @Test
    void a_rule_without_a_threshold_is_never_free() {
        ShippingRule rule = ShippingRule.checkNew("W", 1000, Money.cny(800), 1000, Money.cny(300), null);
        assertThat(ShippingFee.feeFen(rule, 3000, 10_000_000)).isEqualTo(1400);
    }

    @Test
    void a_unit_of_unknown_weight_weighs_the_default() {
        assertThat(ShippingFee.lineWeightGrams(0, 3, 500)).isEqualTo(1500);
        assertThat(ShippingFee.lineWeightGrams(120, 3, 500)).isEqualTo(360);
    }

    @Test
    void a_negative_fee_a_step_below_one_gram_or_a_bad_code_is_refused() {
        assertInvalid(() -> ShippingRule.checkNew("W", 1000, Money.cny(-1), 500, Money.cny(500), null));
        assertInvalid(() -> ShippingRule.checkNew("W", 1000, Money.cny(100), 0, Money.cny(500), null));
        assertInvalid(() -> ShippingRule.checkNew("W", 0, Money.cny(100), 500, Money.cny(500), null));
        assertInvalid(() -> ShippingRule.checkNew("W", 1000, Money.cny(100), 500, new Money(500, "EUR"), null));
        assertInvalid(() -> ShippingRule.checkNew("W", 1000, Money.cny(100), 500, Money.cny(500), Money.cny(-1)));
        assertInvalid(() -> ShippingRule.checkNew("bonded ningbo", 1000, Money.cny(100), 500, Money.cny(500), null));
        assertInvalid(() -> ShippingRule.checkNew(null, 1000, Money.cny(100), 500, Money.cny(500), null));
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(KaolaException.class,
                e -> assertThat(e.is(PricingError.INVALID_SHIPPING_RULE)).isTrue());
    }
}
