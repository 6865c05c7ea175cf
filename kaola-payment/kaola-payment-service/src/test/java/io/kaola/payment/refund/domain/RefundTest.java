package io.kaola.payment.refund.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.api.RefundLine;
import io.kaola.payment.api.RefundStatus;
import io.kaola.payment.charge.domain.PaymentNumbers;
import io.kaola.common.id.IdGenerator;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The refund record's moves, the rules of lines and of a repeated idempotency key, and refund numbers. */
class RefundTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00.123456Z");

    private static Refund pending() {
        return Refund.request("R1", "P1", "O1", 7, Money.cny(1_000), "returned", "key-1",
                List.of(new RefundLine("SKU-1", 2)), "sandbox", NOW);
    }

    @Test
    void a_requested_refund_is_pending_unacknowledged_at_millisecond_precision() {
        Refund refund = pending();

        assertThat(refund.status()).isEqualTo(RefundStatus.PENDING);
        assertThat(refund.awaitsProvider()).isTrue();
        assertThat(refund.requestedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00.123Z"));
        assertThat(refund.decidedAt()).isNull();
    }

    @Test
    void it_succeeds_or_fails_once_and_a_later_outcome_leaves_it_as_it_is() {
        Refund succeeded = pending().succeed("SBXR1", NOW.plusSeconds(1));
        Refund failed = pending().fail(null, "x".repeat(300), NOW.plusSeconds(1));

        assertThat(succeeded.status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(succeeded.providerRefundId()).isEqualTo("SBXR1");
        assertThat(succeeded.decidedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:01.123Z"));
        assertThat(succeeded.awaitsProvider()).isFalse();
        assertThat(succeeded.fail("SBXR1", "late", NOW)).isSameAs(succeeded);
        assertThat(failed.status()).isEqualTo(RefundStatus.FAILED);
        assertThat(failed.failureReason()).hasSize(RefundRules.MAX_REASON);
        assertThat(failed.succeed("SBXR1", NOW)).isSameAs(failed);
        assertThat(pending().fail(null, " ", NOW).failureReason()).isEqualTo("refused by the provider");
    }

    @Test
    void lines_name_each_sku_once_with_a_positive_quantity_and_none_means_the_whole_order() {
        RefundRules.checkLines(null);
        RefundRules.checkLines(List.of());
        RefundRules.checkLines(List.of(new RefundLine("SKU-1", 1), new RefundLine("SKU-2", 3)));

        for (List<RefundLine> bad : List.of(
                List.of(new RefundLine(" ", 1)),
                List.of(new RefundLine("S".repeat(65), 1)),
                List.of(new RefundLine("SKU-1", 0)),
                List.of(new RefundLine("SKU-1", 1), new RefundLine("SKU-1", 2)))) {
            assertThatThrownBy(() -> RefundRules.checkLines(bad)).as(bad.toString())
                    .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PaymentError.INVALID_REFUND)).isTrue());
        }
        List<RefundLine> tooMany = new java.util.ArrayList<>();
        for (int i = 0; i <= RefundRules.MAX_LINES; i++) tooMany.add(new RefundLine("SKU-" + i, 1));
        assertThatThrownBy(() -> RefundRules.checkLines(tooMany)).isInstanceOf(KaolaException.class);
    }

    @Test
    void a_repeated_key_is_the_same_refund_only_for_the_same_order_and_amount() {
        RefundRules.checkRepeat(pending(), "O1", Money.cny(1_000));

        assertThatThrownBy(() -> RefundRules.checkRepeat(pending(), "O1", Money.cny(999)))
                .isInstanceOfSatisfying(KaolaException.class, e -> {
                    assertThat(e.is(PaymentError.INVALID_REFUND)).isTrue();
                    assertThat(e.getMessage()).contains("key-1", "new key");
                });
        assertThatThrownBy(() -> RefundRules.checkRepeat(pending(), "O2", Money.cny(1_000)))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PaymentError.INVALID_REFUND)).isTrue());
    }

    @Test
    void refund_numbers_start_with_r_fit_the_columns_and_do_not_repeat() {
        RefundNumbers numbers = new RefundNumbers(new PaymentNumbers(new IdGenerator(1)));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String n = numbers.next();
            assertThat(n).startsWith("R").hasSizeLessThanOrEqualTo(RefundNumbers.MAX_LENGTH);
            assertThat(seen.add(n)).isTrue();
        }
        assertThat(RefundNumbers.MAX_LENGTH).isLessThanOrEqualTo(32);
    }
}
