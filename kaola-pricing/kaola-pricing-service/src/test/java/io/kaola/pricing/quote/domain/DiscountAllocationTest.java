package io.kaola.pricing.quote.domain;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiscountAllocationTest {

    @Test void an_odd_fen_goes_to_the_largest_remainder_and_ties_to_the_earlier_line() {
        // 100 fen over three equal lines: 33 each, the odd fen to the first line (all remainders tie)
        assertThat(DiscountAllocation.largestRemainder(100, new long[]{1000, 1000, 1000})).containsExactly(34, 33, 33);
        // 10 over 3000 / 1000 / 2000: quotas 5, 1.666…, 3.333…: the leftover fen goes to 1.666…
        assertThat(DiscountAllocation.largestRemainder(10, new long[]{3000, 1000, 2000})).containsExactly(5, 2, 3);
    }

    @Test void lines_the_reduction_does_not_apply_to_get_nothing() {
        assertThat(DiscountAllocation.largestRemainder(500, new long[]{0, 2000, 0, 3000})).containsExactly(0, 200, 0, 300);
    }

    @Test void a_reduction_of_everything_takes_each_line_to_zero_and_never_below() {
        assertThat(DiscountAllocation.largestRemainder(5999, new long[]{1999, 4000})).containsExactly(1999, 4000);
        assertThat(DiscountAllocation.largestRemainder(10_000, new long[]{1999, 4000})).containsExactly(1999, 4000);
    }

    @Test void nothing_to_split_gives_zeros() {
        assertThat(DiscountAllocation.largestRemainder(0, new long[]{100, 200})).containsExactly(0, 0);
        assertThat(DiscountAllocation.largestRemainder(300, new long[]{0, 0})).containsExactly(0, 0);
    }

    @Test void many_lines_always_add_up_and_stay_within_each_line() {
        Random random = new Random(20261202);
        for (int round = 0; round < 2_000; round++) {
            int n = 1 + random.nextInt(40);
            long[] weights = new long[n];
            for (int i = 0; i < n; i++) weights[i] = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(500_000);
            long total = Arrays.stream(weights).sum();
            long amount = random.nextInt(3) == 0 ? random.nextLong(total + 2) : random.nextInt(1000);
            long[] parts = DiscountAllocation.largestRemainder(amount, weights);
            assertThat(Arrays.stream(parts).sum()).isEqualTo(Math.min(amount, total));
            for (int i = 0; i < n; i++) assertThat(parts[i]).isBetween(0L, weights[i]);
            // deterministic: the same input gives the same split
            assertThat(DiscountAllocation.largestRemainder(amount, weights.clone())).containsExactly(parts);
        }
    }

    @Test void negative_inputs_are_refused() {
        assertThatThrownBy(() -> DiscountAllocation.largestRemainder(-1, new long[]{1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DiscountAllocation.largestRemainder(1, new long[]{-1})).isInstanceOf(IllegalArgumentException.class);
    }
}
