package io.kaola.payment.refund.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.common.test.TransitionTableCheck;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.api.RefundStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.kaola.payment.api.RefundStatus.FAILED;
import static io.kaola.payment.api.RefundStatus.PENDING;
import static io.kaola.payment.api.RefundStatus.SUCCEEDED;
import static io.kaola.payment.refund.domain.RefundTransition.FAIL;
import static io.kaola.payment.refund.domain.RefundTransition.LIFECYCLE;
import static io.kaola.payment.refund.domain.RefundTransition.REQUEST;
import static io.kaola.payment.refund.domain.RefundTransition.SUCCEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefundDomainTest {
    private static final Money PAID = Money.cny(10_000);

    /** The table written out independently of the enum. */
    @Test
    void every_status_and_transition_pair_moves_stays_or_is_refused_as_specified() {
        int checked = TransitionTableCheck.of(LIFECYCLE, PaymentError.ILLEGAL_TRANSITION)
                .move(null, REQUEST, PENDING)
                .stay(PENDING, REQUEST).stay(SUCCEEDED, REQUEST).stay(FAILED, REQUEST)
                .move(PENDING, SUCCEED, SUCCEEDED).stay(SUCCEEDED, SUCCEED).stay(FAILED, SUCCEED)
                .move(PENDING, FAIL, FAILED).stay(FAILED, FAIL).stay(SUCCEEDED, FAIL)
                .refuse(null, SUCCEED, PaymentError.REFUND_NOT_FOUND)
                .refuse(null, FAIL, PaymentError.REFUND_NOT_FOUND)
                .verify();
        assertThat(checked).isEqualTo(3 * (3 + 1));
    }

    @Test
    void what_is_left_refundable_counts_pending_and_succeeded_refunds_not_failed_ones() {
        List<RefundRules.Earlier> earlier = List.of(new RefundRules.Earlier(Money.cny(3_000), SUCCEEDED),
                new RefundRules.Earlier(Money.cny(2_500), PENDING), new RefundRules.Earlier(Money.cny(4_000), FAILED));
        assertThat(RefundRules.refundable(PAID, earlier)).isEqualTo(Money.cny(4_500));
        RefundRules.check(Money.cny(4_500), PAID, earlier, "k-1", "return of line 2");
        assertThatThrownBy(() -> RefundRules.check(Money.cny(4_501), PAID, earlier, "k-2", "too much"))
                .isInstanceOfSatisfying(KaolaException.class, e -> {
                    assertThat(e.is(PaymentError.REFUND_EXCEEDS_PAID)).isTrue();
                    assertThat(e.details()).containsEntry("refundableMinor", "4500");
                });
        assertThat(RefundRules.refundable(PAID, List.of(new RefundRules.Earlier(PAID, RefundStatus.SUCCEEDED))))
                .isEqualTo(Money.cny(0));
    }

    @Test
    void bad_refunds_are_refused_naming_the_field() {
        assertInvalid(Money.cny(0), "k", "r", "amount");
        assertInvalid(new Money(100, "USD"), "k", "r", "currency");
        assertInvalid(Money.cny(1), " ", "r", "idempotencyKey");
        assertInvalid(Money.cny(1), "k".repeat(65), "r", "idempotencyKey");
        assertInvalid(Money.cny(1), "k", "", "reason");
    }

    private static void assertInvalid(Money amount, String key, String reason, String field) {
        assertThatThrownBy(() -> RefundRules.check(amount, PAID, List.of(), key, reason))
                .isInstanceOfSatisfying(KaolaException.class, e -> {
                    assertThat(e.is(PaymentError.INVALID_REFUND)).isTrue();
                    assertThat(e.getMessage()).contains(field);
                });
    }
}
