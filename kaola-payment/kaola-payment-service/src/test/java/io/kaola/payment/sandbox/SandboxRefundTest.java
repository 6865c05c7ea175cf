package io.kaola.payment.sandbox;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.common.test.TransitionTableCheck;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.charge.domain.ProviderRefundNotice;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.kaola.payment.sandbox.SandboxRefundStatus.FAILED;
import static io.kaola.payment.sandbox.SandboxRefundStatus.PROCESSING;
import static io.kaola.payment.sandbox.SandboxRefundStatus.SUCCEEDED;
import static io.kaola.payment.sandbox.SandboxRefundTransition.ACCEPT;
import static io.kaola.payment.sandbox.SandboxRefundTransition.LEDGER;
import static io.kaola.payment.sandbox.SandboxRefundTransition.REFUSE;
import static io.kaola.payment.sandbox.SandboxRefundTransition.SETTLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sandbox refund ledger's one table, and its refund notification written and read back. */
class SandboxRefundTest {

    @Test
    void every_status_and_transition_pair_moves_stays_or_is_refused_as_specified() {
        int checked = TransitionTableCheck.of(LEDGER, PaymentError.ILLEGAL_TRANSITION)
                .move(null, ACCEPT, PROCESSING).stay(PROCESSING, ACCEPT).stay(SUCCEEDED, ACCEPT).stay(FAILED, ACCEPT)
                .move(null, REFUSE, FAILED).stay(PROCESSING, REFUSE).stay(SUCCEEDED, REFUSE).stay(FAILED, REFUSE)
                .move(PROCESSING, SETTLE, SUCCEEDED).stay(SUCCEEDED, SETTLE)
                .refuse(FAILED, SETTLE, PaymentError.ILLEGAL_TRANSITION)
                .refuse(null, SETTLE, PaymentError.ILLEGAL_TRANSITION)
                .verify();
        assertThat(checked).isEqualTo(3 * (3 + 1));
    }

    @Test
    void a_refund_notification_reads_back_what_was_written_byte_identical_each_time() {
        Instant at = Instant.parse("2026-01-02T03:04:05.678Z");
        String body = SandboxRefundNotification.bodyOf("R1", "P1", "SBXR00", 1_234, "CNY", "SUCCEEDED", at, null);

        assertThat(body).isEqualTo(SandboxRefundNotification.bodyOf("R1", "P1", "SBXR00", 1_234, "CNY", "SUCCEEDED", at, null))
                .startsWith("{\"type\":\"REFUND\",\"refundNo\":\"R1\"");
        assertThat(SandboxRefundNotification.parse(body)).isEqualTo(new ProviderRefundNotice("R1", "SBXR00",
                ProviderRefundNotice.Outcome.SUCCEEDED, Money.cny(1_234), at, null));
        String failed = SandboxRefundNotification.bodyOf("R1", "P1", "SBXR00", 1_234, "CNY", "FAILED", at, "closed");
        assertThat(SandboxRefundNotification.parse(failed).failureReason()).isEqualTo("closed");
    }

    @Test
    void a_malformed_refund_notification_is_refused_naming_the_field() {
        for (String bad : new String[] {"not json", "[]",
                "{\"refundNo\":\"R1\"}",
                "{\"type\":\"REFUND\",\"providerRefundId\":\"S\",\"amountMinor\":1,\"currency\":\"CNY\",\"status\":\"SUCCEEDED\",\"refundedAt\":\"2026-01-01T00:00:00Z\"}",
                "{\"type\":\"REFUND\",\"refundNo\":\"R1\",\"providerRefundId\":\"S\",\"amountMinor\":0,\"currency\":\"CNY\",\"status\":\"SUCCEEDED\",\"refundedAt\":\"2026-01-01T00:00:00Z\"}",
                "{\"type\":\"REFUND\",\"refundNo\":\"R1\",\"providerRefundId\":\"S\",\"amountMinor\":1,\"currency\":\"CNY\",\"status\":\"DONE\",\"refundedAt\":\"2026-01-01T00:00:00Z\"}",
                "{\"type\":\"REFUND\",\"refundNo\":\"R1\",\"providerRefundId\":\"S\",\"amountMinor\":1,\"currency\":\"CNY\",\"status\":\"SUCCEEDED\",\"refundedAt\":\"yesterday\"}"}) {
            assertThatThrownBy(() -> SandboxRefundNotification.parse(bad)).as(bad)
                    .isInstanceOfSatisfying(KaolaException.class,
                            e -> assertThat(e.is(PaymentError.MALFORMED_NOTIFICATION)).isTrue());
        }
    }
}
