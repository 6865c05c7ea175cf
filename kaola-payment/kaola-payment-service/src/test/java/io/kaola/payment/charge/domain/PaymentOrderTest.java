package io.kaola.payment.charge.domain;

import io.kaola.common.money.Money;
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
    void a_succeeded_payment_cannot_succeed_again() {
        ProviderPayment paid = new ProviderPayment("9001", "SBX1", Money.cny(12_345), NOW);
        PaymentOrder succeeded = pending.succeed(paid);
        assertThatThrownBy(() -> succeeded.succeed(paid)).isInstanceOf(IllegalStateException.class);
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
    void a_failed_payment_can_neither_succeed_nor_fail_again() {
        ProviderPayment paid = new ProviderPayment("9001", "SBX1", Money.cny(12_345), NOW);
        PaymentOrder failed = pending.fail(paid, "CROSSBORDER_PAYER_NOT_BUYER", null, NOW);
        assertThat(failed.isRefundDue()).isFalse();
        assertThatThrownBy(() -> failed.succeed(paid)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> failed.fail(paid, "X", null, NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> failed.close(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closing_a_pending_payment_records_when_and_a_closed_payment_can_neither_succeed_fail_nor_close_again() {
        PaymentOrder closed = pending.close(Instant.parse("2025-03-01T09:00:00.987654Z"));

        assertThat(closed.status()).isEqualTo(PaymentStatus.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(Instant.parse("2025-03-01T09:00:00.987Z"));
        assertThat(closed.providerTxnId()).isNull();
        assertThat(closed.isPending()).isFalse();
        ProviderPayment paid = new ProviderPayment("9001", "SBX1", Money.cny(12_345), NOW);
        assertThatThrownBy(() -> closed.succeed(paid)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> closed.fail(paid, "X", null, NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> closed.close(NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> pending.succeed(paid).close(NOW)).isInstanceOf(IllegalStateException.class);
    }
}
