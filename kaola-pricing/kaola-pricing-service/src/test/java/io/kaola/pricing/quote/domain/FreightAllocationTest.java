package io.kaola.pricing.quote.domain;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class FreightAllocationTest {

    @Test
    void t7_freight_25_over_goods_300_and_500_is_9_38_and_15_62() {
        assertThat(FreightAllocation.allocate(2500, new long[]{30000, 50000})).containsExactly(938, 1562);
    }

    @Test
    void the_last_line_takes_the_remainder() {
        // 10.00 over three equal lines: 3.33, 3.33, 3.34
        assertThat(FreightAllocation.allocate(1000, new long[]{100, 100, 100})).containsExactly(333, 333, 334);
    }

    @Test
    void a_single_line_takes_all_the_freight() {
        assertThat(FreightAllocation.allocate(1234, new long[]{1})).containsExactly(1234);
    }

    @Test
    void no_freight_gives_nothing_to_anyone() {
        assertThat(FreightAllocation.allocate(0, new long[]{100, 200})).containsExactly(0, 0);
    }

    @Test
    void parts_are_never_negative_even_when_rounding_up_earlier_lines_would_pass_the_freight() {
        // 0.05 over ten equal lines: each exact share is half a fen and rounds up
        long[] parts = FreightAllocation.allocate(5, new long[]{1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
        assertThat(Arrays.stream(parts).min().orElseThrow()).isNotNegative();
        assertThat(Arrays.stream(parts).sum()).isEqualTo(5);
    }

    @Test
    void goods_of_zero_put_all_the_freight_on_the_last_line() {
        assertThat(FreightAllocation.allocate(700, new long[]{0, 0})).containsExactly(0, 700);
    }

    @Test
    void the_parts_always_add_up_to_the_freight() {
        Random random = new Random(20261123);
        for (int run = 0; run < 10_000; run++) {
            int n = 1 + random.nextInt(8);
            long[] goods = new long[n];
            for (int i = 0; i < n; i++) goods[i] = random.nextInt(1_000_000);
            long freight = random.nextInt(10_000);
            long[] parts = FreightAllocation.allocate(freight, goods);
            assertThat(Arrays.stream(parts).sum()).isEqualTo(freight);
            assertThat(Arrays.stream(parts).min().orElseThrow()).isNotNegative();
        }
    }
}
