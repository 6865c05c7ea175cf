package io.kaola.user.quota.domain;

import io.kaola.user.quota.domain.AnnualQuota.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Limit cases L3, L5, L6, L8 of docs/cross-border.md §7. Amounts in fen. */
class AnnualQuotaTest {
    private final AnnualQuota quota = AnnualQuota.statutory();

    @Test
    void the_statutory_limit_is_26000_cny_in_asia_shanghai_without_tax() {
        assertThat(quota.limitFen()).isEqualTo(2_600_000);
        assertThat(quota.zone().getId()).isEqualTo("Asia/Shanghai");
        assertThat(quota.countsTax()).isFalse();
    }

    @Test
    void L5_an_order_reaching_exactly_26000_passes() {
        assertThat(quota.check(2_500_000, 0, 100_000)).isEqualTo(new Verdict.Allowed(100_000, 0));
    }

    @Test
    void L6_one_fen_over_26000_is_refused_with_amount_used_and_remaining() {
        Verdict verdict = quota.check(2_500_000, 0, 100_001);
        assertThat(verdict).isEqualTo(new Verdict.Refused(100_001, 2_600_000, 2_500_000, 100_000));
        assertThat(((Verdict.Refused) verdict).detail(2026))
                .isEqualTo("this order counts 1000.01 CNY toward 2026; 1000.00 CNY of the 26000.00 CNY annual limit remains");
    }

    @Test
    void reserved_orders_count_like_paid_ones() {
        assertThat(quota.check(2_000_000, 500_000, 100_000)).isInstanceOf(Verdict.Allowed.class);
        assertThat(quota.check(2_000_000, 500_000, 100_001))
                .isEqualTo(new Verdict.Refused(100_001, 2_600_000, 2_500_000, 100_000));
    }

    @Test
    void L3_a_single_6000_item_on_top_of_10000_used_passes_and_used_becomes_16000() {
        QuotaBalance before = new QuotaBalance(1_000_000, 0);
        assertThat(quota.check(before.usedFen(), before.reservedFen(), 600_000)).isEqualTo(new Verdict.Allowed(600_000, 1_000_000));

        QuotaBalance paid = QuotaTransition.CONFIRM.shift(before.reserve(600_000), io.kaola.user.api.QuotaStatus.RESERVED, 600_000);
        assertThat(paid).isEqualTo(new QuotaBalance(1_600_000, 0));
    }

    @Test
    void over_the_limit_already_nothing_remains_and_even_one_fen_is_refused() {
        assertThat(quota.check(2_600_000, 100, 1)).isEqualTo(new Verdict.Refused(1, 2_600_000, 2_600_100, 0));
        assertThat(quota.check(2_600_000, 0, 0)).isInstanceOf(Verdict.Allowed.class);
    }

    @Test
    void L8_the_year_is_the_calendar_year_in_shanghai_not_in_utc() {
        assertThat(quota.yearOf(Instant.parse("2026-12-31T15:59:59.999Z"))).isEqualTo(2026);
        // 00:30 on 1 January 2027 in Shanghai, still 31 December in UTC
        assertThat(quota.yearOf(Instant.parse("2026-12-31T16:30:00Z"))).isEqualTo(2027);
    }

    @Test
    void L8_20000_used_by_31_december_leave_the_full_limit_on_1_january() {
        int december = quota.yearOf(Instant.parse("2026-12-31T10:00:00Z"));
        int january = quota.yearOf(Instant.parse("2026-12-31T16:30:00Z"));
        assertThat(january).isEqualTo(december + 1);
        // the new year's row starts empty: an order of 26000.00 still fits
        assertThat(quota.check(0, 0, 2_600_000)).isInstanceOf(Verdict.Allowed.class);
    }

    @Test
    void tax_counts_only_when_the_setting_says_so() {
        assertThat(quota.countedFen(100_000, 9_100)).isEqualTo(100_000);
        assertThat(new AnnualQuota(2_600_000, AnnualQuota.CHINA, true).countedFen(100_000, 9_100)).isEqualTo(109_100);
    }

    @Test
    void counting_tax_can_turn_an_order_at_the_limit_into_a_refusal() {
        AnnualQuota withTax = new AnnualQuota(2_600_000, AnnualQuota.CHINA, true);
        assertThat(quota.check(2_500_000, 0, quota.countedFen(100_000, 9_100))).isInstanceOf(Verdict.Allowed.class);
        assertThat(withTax.check(2_500_000, 0, withTax.countedFen(100_000, 9_100))).isInstanceOf(Verdict.Refused.class);
    }

    @Test
    void negative_amounts_are_a_bug() {
        assertThatThrownBy(() -> quota.check(0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> quota.countedFen(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fen_are_shown_as_plain_cny_with_two_decimals() {
        assertThat(AnnualQuota.cny(2_600_000)).isEqualTo("26000.00");
        assertThat(AnnualQuota.cny(100_001)).isEqualTo("1000.01");
        assertThat(AnnualQuota.cny(5)).isEqualTo("0.05");
    }
}
