package io.kaola.pricing.tax.domain;

import io.kaola.common.money.Money;
import io.kaola.pricing.api.AppliedLimit;
import org.junit.jupiter.api.Test;

import static io.kaola.pricing.api.LimitVerdict.OVER_TRANSACTION_LIMIT;
import static io.kaola.pricing.api.LimitVerdict.SINGLE_ITEM_OVER_LIMIT;
import static io.kaola.pricing.api.LimitVerdict.WITHIN_LIMIT;
import static org.assertj.core.api.Assertions.assertThat;

/** docs/cross-border.md §7, L1–L4 and L7 (the per-transaction part). */
class TransactionLimitTest {

    @Test
    void l1_several_items_with_a_dutiable_value_of_exactly_5000_are_within_the_limit() {
        assertThat(TransactionLimit.check(500_000, 2, 2).verdict()).isEqualTo(WITHIN_LIMIT);
    }

    @Test
    void l2_several_items_one_fen_over_5000_are_over_the_transaction_limit() {
        assertThat(TransactionLimit.check(500_001, 2, 2).verdict()).isEqualTo(OVER_TRANSACTION_LIMIT);
    }

    @Test
    void l3_a_single_item_of_6000_is_allowed_with_full_tax() {
        assertThat(TransactionLimit.check(600_000, 1, 1).verdict()).isEqualTo(SINGLE_ITEM_OVER_LIMIT);
    }

    @Test
    void l4_one_sku_twice_at_3000_is_not_a_single_item_and_is_refused() {
        assertThat(TransactionLimit.check(600_000, 1, 2).verdict()).isEqualTo(OVER_TRANSACTION_LIMIT);
    }

    @Test
    void l7_a_single_item_of_26000_is_refused_and_one_fen_less_is_allowed() {
        assertThat(TransactionLimit.check(2_600_000, 1, 1).verdict()).isEqualTo(OVER_TRANSACTION_LIMIT);
        assertThat(TransactionLimit.check(2_599_999, 1, 1).verdict()).isEqualTo(SINGLE_ITEM_OVER_LIMIT);
    }

    @Test
    void a_single_item_up_to_5000_is_simply_within_the_limit() {
        assertThat(TransactionLimit.check(500_000, 1, 1).verdict()).isEqualTo(WITHIN_LIMIT);
        assertThat(TransactionLimit.check(500_001, 1, 1).verdict()).isEqualTo(SINGLE_ITEM_OVER_LIMIT);
    }

    @Test
    void several_items_over_5000_are_refused_by_the_transaction_limit_with_the_reason_a_buyer_reads() {
        TransactionLimit.Outcome outcome = TransactionLimit.check(500_001, 2, 2);
        assertThat(outcome.verdict()).isEqualTo(OVER_TRANSACTION_LIMIT);
        assertThat(outcome.applied()).isEqualTo(new AppliedLimit(AppliedLimit.Kind.TRANSACTION, Money.cny(500_000),
                "the order's dutiable value 5000.01 CNY is over the 5000.00 CNY per-transaction limit; only a single"
                        + " indivisible item may exceed it"));
    }

    @Test
    void a_single_item_of_26000_is_refused_by_the_single_item_limit() {
        TransactionLimit.Outcome outcome = TransactionLimit.check(2_600_000, 1, 1);
        assertThat(outcome.verdict()).isEqualTo(OVER_TRANSACTION_LIMIT);
        assertThat(outcome.applied()).isEqualTo(new AppliedLimit(AppliedLimit.Kind.SINGLE_ITEM, Money.cny(2_600_000),
                "a single item of 26000.00 CNY is not below the 26000.00 CNY a cross-border retail item may cost"));
    }

    @Test
    void an_allowed_single_item_over_5000_names_the_single_item_limit_and_a_cart_within_names_the_transaction_limit() {
        TransactionLimit.Outcome single = TransactionLimit.check(600_000, 1, 1);
        assertThat(single.applied().kind()).isEqualTo(AppliedLimit.Kind.SINGLE_ITEM);
        assertThat(single.applied().limit()).isEqualTo(Money.cny(2_600_000));
        assertThat(single.applied().reason()).contains("6000.00 CNY").contains("26000.00 CNY");
        TransactionLimit.Outcome within = TransactionLimit.check(500_000, 2, 2);
        assertThat(within.applied().kind()).isEqualTo(AppliedLimit.Kind.TRANSACTION);
        assertThat(within.applied().limit()).isEqualTo(Money.cny(500_000));
        assertThat(within.applied().reason()).contains("5000.00 CNY is within");
    }
}
