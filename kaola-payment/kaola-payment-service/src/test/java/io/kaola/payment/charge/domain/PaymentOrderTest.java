package io.kaola.payment.charge.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.api.PaymentStatus;
import io.kaola.payment.api.RefundDueReason;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentOrderTest {
    private static final Instant NOW = Instant.parse("2025-03-01T08:00:00.123456Z");
    private final PaymentOrder pending = PaymentOrder.open("9001", "O-1", 42, Money.cny(12_345), "sandbox", NOW);

    @Test
    void a_new_payment_is_pending_for_the_order_total_with_millisecond_time() {
        assertThat(pending.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(pending.amount()).isEqualTo(Money.cny(12_345));
        assertThat(pending.createdAt()).isEqualTo(Instant.parse("2025-03-01T08:00:00.123Z"));
        assertThat(pending.providerTxnId()).isNull();
    }

    @Test
    void a_payment_for_nothing_cannot_be_opened() {
        assertThatThrownBy(() -> PaymentOrder.open("9002", "O-2", 42, Money.cny(0), "sandbox", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_provider_payment_of_the_same_amount_and_currency_settles_it_and_another_does_not() {
        Instant paidAt = Instant.parse("2025-03-01T08:01:00Z");
        assertThat(pending.isSettledBy(new ProviderPayment("9001", "SBX1", Money.cny(12_345), paidAt))).isTrue();
        assertThat(pending.isSettledBy(new ProviderPayment("9001", "SBX1", Money.cny(12_344), paidAt))).isFalse();
        assertThat(pending.isSettledBy(new ProviderPayment("9001", "SBX1", new Money(12_345, "USD"), paidAt))).isFalse();
    }

    @Test
    void succeeding_records_the_provider_transaction_and_time() {
        PaymentOrder succeeded = pending.succeed(
                new ProviderPayment("9001", "SBX1", Money.cny(12_345), Instant.parse("2025-03-01T08:01:00Z")));
        assertThat(succeeded.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(succeeded.providerTxnId()).isEqualTo("SBX1");
        assertThat(succeeded.succeededAt()).isEqualTo(Instant.parse("2025-03-01T08:01:00Z"));
        assertThat(succeeded.isPending()).isFalse();
    }

    @Test
    void a_succeeded_payment_does_not_succeed_again_it_stays_as_it_is() {
        ProviderPayment paid = new ProviderPayment("9001", "SBX1", Money.cny(12_345), NOW);
        PaymentOrder succeeded = pending.succeed(paid);
        assertThat(succeeded.decide(PaymentTransition.SUCCEED).stays()).isTrue();
        assertThat(succeeded.succeed(new ProviderPayment("9001", "SBX9", Money.cny(12_345), NOW))).isSameAs(succeeded);
    }

    @Test
    void a_payment_by_someone_other_than_the_buyer_fails_with_the_code_and_the_providers_transaction() {
        ProviderPayment byAnother = new ProviderPayment("9001", "SBX2", Money.cny(12_345), NOW,
                CertCheckResult.DIFFERENT, "1101**********0015");
        assertThat(byAnother.isByAnotherPayer()).isTrue();

        PaymentOrder failed = pending.fail(byAnother, "CROSSBORDER_PAYER_NOT_BUYER", RefundDueReason.PAYER_NOT_BUYER, NOW);

        assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(failed.refundDueReason()).isEqualTo(RefundDueReason.PAYER_NOT_BUYER);
        assertThat(failed.refundDueAt()).isEqualTo(Instant.parse("2025-03-01T08:00:00.123Z"));
        assertThat(failed.isRefundDue()).isTrue();
        assertThat(failed.failureCode()).isEqualTo("CROSSBORDER_PAYER_NOT_BUYER");
        assertThat(failed.providerTxnId()).isEqualTo("SBX2");
        assertThat(failed.succeededAt()).isNull();
        assertThat(failed.isPending()).isFalse();
    }

    @Test
    void a_failed_payment_neither_succeeds_fails_nor_closes_again_it_stays_as_it_is() {
        ProviderPayment paid = new ProviderPayment("9001", "SBX1", Money.cny(12_345), NOW);
        PaymentOrder failed = pending.fail(paid, "CROSSBORDER_PAYER_NOT_BUYER", null, NOW);
        assertThat(failed.isRefundDue()).isFalse();
        assertThat(failed.succeed(paid)).isSameAs(failed);
        assertThat(failed.fail(paid, "X", null, NOW)).isSameAs(failed);
        assertThat(failed.close(NOW)).isSameAs(failed);
        assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
    }

    @Test
    void closing_a_pending_payment_records_when_and_a_closed_payment_stays_closed_whatever_comes_after() {
        PaymentOrder closed = pending.close(Instant.parse("2025-03-01T09:00:00.987654Z"));

        assertThat(closed.status()).isEqualTo(PaymentStatus.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(Instant.parse("2025-03-01T09:00:00.987Z"));
        assertThat(closed.providerTxnId()).isNull();
        assertThat(closed.isPending()).isFalse();
        ProviderPayment paid = new ProviderPayment("9001", "SBX1", Money.cny(12_345), NOW);
        assertThat(closed.succeed(paid)).isSameAs(closed);
        assertThat(closed.fail(paid, "X", null, NOW)).isSameAs(closed);
        assertThat(closed.close(NOW)).isSameAs(closed);
        assertThat(closed.status()).isEqualTo(PaymentStatus.CLOSED);
    }

    @Test
    void a_payment_whose_money_was_taken_cannot_be_closed() {
        PaymentOrder succeeded = pending.succeed(new ProviderPayment("9001", "SBX1", Money.cny(12_345), NOW));
        assertThatThrownBy(() -> succeeded.close(NOW))
                .isInstanceOfSatisfying(KaolaException.class,
                        e -> assertThat(e.is(PaymentError.ILLEGAL_TRANSITION)).isTrue());
    }
}
