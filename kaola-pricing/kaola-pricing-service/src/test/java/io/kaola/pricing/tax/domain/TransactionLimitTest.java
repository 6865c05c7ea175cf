package io.kaola.pricing.tax.domain;

import org.junit.jupiter.api.Test;

import static io.kaola.pricing.api.LimitVerdict.OVER_TRANSACTION_LIMIT;
import static io.kaola.pricing.api.LimitVerdict.SINGLE_ITEM_OVER_LIMIT;
import static io.kaola.pricing.api.LimitVerdict.WITHIN_LIMIT;
import static org.assertj.core.api.Assertions.assertThat;

/** docs/cross-border.md §7, L1–L4 and L7 (the per-transaction part). */
class TransactionLimitTest {

    @Test
    void l1_several_items_with_a_dutiable_value_of_exactly_5000_are_within_the_limit() {
        assertThat(TransactionLimit.verdict(500_000, 2, 2)).isEqualTo(WITHIN_LIMIT);
    }

    @Test
    void l2_several_items_one_fen_over_5000_are_over_the_transaction_limit() {
        assertThat(TransactionLimit.verdict(500_001, 2, 2)).isEqualTo(OVER_TRANSACTION_LIMIT);
    }

    @Test
    void l3_a_single_item_of_6000_is_allowed_with_full_tax() {
        assertThat(TransactionLimit.verdict(600_000, 1, 1)).isEqualTo(SINGLE_ITEM_OVER_LIMIT);
    }

    @Test
    void l4_one_sku_twice_at_3000_is_not_a_single_item_and_is_refused() {
        assertThat(TransactionLimit.verdict(600_000, 1, 2)).isEqualTo(OVER_TRANSACTION_LIMIT);
    }

    @Test
    void l7_a_single_item_of_26000_is_refused_and_one_fen_less_is_allowed() {
        assertThat(TransactionLimit.verdict(2_600_000, 1, 1)).isEqualTo(OVER_TRANSACTION_LIMIT);
        assertThat(TransactionLimit.verdict(2_599_999, 1, 1)).isEqualTo(SINGLE_ITEM_OVER_LIMIT);
    }

    @Test
    void a_single_item_up_to_5000_is_simply_within_the_limit() {
        assertThat(TransactionLimit.verdict(500_000, 1, 1)).isEqualTo(WITHIN_LIMIT);
        assertThat(TransactionLimit.verdict(500_001, 1, 1)).isEqualTo(SINGLE_ITEM_OVER_LIMIT);
    }
}
