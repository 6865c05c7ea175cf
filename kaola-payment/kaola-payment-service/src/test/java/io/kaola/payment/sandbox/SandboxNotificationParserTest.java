package io.kaola.payment.sandbox;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.charge.domain.CertCheckResult;
import io.kaola.payment.charge.domain.ProviderPayment;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxNotificationParserTest {
    private final SandboxNotificationParser parser = new SandboxNotificationParser();

    @Test
    void the_sandbox_body_reads_back_as_what_it_states() {
        String body = SandboxNotification.bodyOf("9001", "SBX77", 12_345, "CNY", Instant.parse("2025-03-01T08:01:02.345Z"));

        ProviderPayment paid = parser.parse(body);

        assertThat(paid).isEqualTo(new ProviderPayment("9001", "SBX77", Money.cny(12_345),
                Instant.parse("2025-03-01T08:01:02.345Z")));
    }

    @Test
    void a_payment_by_another_payer_reads_back_as_different_with_the_masked_number() {
        String body = SandboxNotification.bodyOf("9001", "SBX77", 12_345, "CNY", Instant.parse("2025-03-01T08:01:02Z"),
                "DIFFERENT", "1101**********0015");

        ProviderPayment paid = parser.parse(body);

        assertThat(paid.certCheckResult()).isEqualTo(CertCheckResult.DIFFERENT);
        assertThat(paid.payerIdMasked()).isEqualTo("1101**********0015");
        assertThat(paid.isByAnotherPayer()).isTrue();
    }

    @Test
    void fields_in_any_order_and_unknown_fields_are_accepted() {
        ProviderPayment paid = parser.parse("""
                {"status":"SUCCESS","extra":true,"paidAt":"2025-03-01T08:01:02Z","currency":"CNY","certCheckResult":"SAME",
                 "amountMinor":1,"providerTxnId":"SBX1","paymentNo":"9001"}""");
        assertThat(paid.amount()).isEqualTo(Money.cny(1));
        assertThat(paid.certCheckResult()).isEqualTo(CertCheckResult.SAME);
        assertThat(paid.payerIdMasked()).isNull();
    }

    @Nested
    class Refused {
        private static final String GOOD = """
                {"paymentNo":"9001","providerTxnId":"SBX1","amountMinor":100,"currency":"CNY","status":"SUCCESS","paidAt":"2025-03-01T08:01:02Z","certCheckResult":"SAME"}""";

        @ParameterizedTest
        @ValueSource(strings = {
                "", "not json", "[]", "42", "null",
                "{\"providerTxnId\":\"SBX1\",\"amountMinor\":100,\"currency\":\"CNY\",\"status\":\"SUCCESS\",\"paidAt\":\"2025-03-01T08:01:02Z\"}",
                "{\"paymentNo\":\"9001\",\"amountMinor\":100,\"currency\":\"CNY\",\"status\":\"SUCCESS\",\"paidAt\":\"2025-03-01T08:01:02Z\"}",
                "{\"paymentNo\":\"9001\",\"providerTxnId\":\"SBX1\",\"currency\":\"CNY\",\"status\":\"SUCCESS\",\"paidAt\":\"2025-03-01T08:01:02Z\"}",
                "{\"paymentNo\":\"9001\",\"providerTxnId\":\"SBX1\",\"amountMinor\":\"100\",\"currency\":\"CNY\",\"status\":\"SUCCESS\",\"paidAt\":\"2025-03-01T08:01:02Z\"}",
                "{\"paymentNo\":\"9001\",\"providerTxnId\":\"SBX1\",\"amountMinor\":1.5,\"currency\":\"CNY\",\"status\":\"SUCCESS\",\"paidAt\":\"2025-03-01T08:01:02Z\"}",
                "{\"paymentNo\":\"9001\",\"providerTxnId\":\"SBX1\",\"amountMinor\":-100,\"currency\":\"CNY\",\"status\":\"SUCCESS\",\"paidAt\":\"2025-03-01T08:01:02Z\"}",
                "{\"paymentNo\":\"9001\",\"providerTxnId\":\"SBX1\",\"amountMinor\":100,\"currency\":\"cny\",\"status\":\"SUCCESS\",\"paidAt\":\"2025-03-01T08:01:02Z\"}",
                "{\"paymentNo\":\"9001\",\"providerTxnId\":\"SBX1\",\"amountMinor\":100,\"currency\":\"CNY\",\"status\":\"FAILED\",\"paidAt\":\"2025-03-01T08:01:02Z\"}",
                "{\"paymentNo\":\"9001\",\"providerTxnId\":\"SBX1\",\"amountMinor\":100,\"currency\":\"CNY\",\"status\":\"SUCCESS\",\"paidAt\":\"yesterday\"}",
                "{\"paymentNo\":\"9001\",\"providerTxnId\":\"SBX1\",\"amountMinor\":100,\"currency\":\"CNY\",\"status\":\"SUCCESS\"}",
                "{\"paymentNo\":\"123456789012345678901234567890123\",\"providerTxnId\":\"SBX1\",\"amountMinor\":100,\"currency\":\"CNY\",\"status\":\"SUCCESS\",\"paidAt\":\"2025-03-01T08:01:02Z\",\"certCheckResult\":\"SAME\"}",
                "{\"paymentNo\":\"9001\",\"providerTxnId\":\"SBX1\",\"amountMinor\":100,\"currency\":\"CNY\",\"status\":\"SUCCESS\",\"paidAt\":\"2025-03-01T08:01:02Z\"}",
                "{\"paymentNo\":\"9001\",\"providerTxnId\":\"SBX1\",\"amountMinor\":100,\"currency\":\"CNY\",\"status\":\"SUCCESS\",\"paidAt\":\"2025-03-01T08:01:02Z\",\"certCheckResult\":\"MAYBE\"}",
                "{\"paymentNo\":\"9001\",\"providerTxnId\":\"SBX1\",\"amountMinor\":100,\"currency\":\"CNY\",\"status\":\"SUCCESS\",\"paidAt\":\"2025-03-01T08:01:02Z\",\"certCheckResult\":\"SAME\",\"payerIdMasked\":\"11010519491231002X\"}"
        })
        void a_body_missing_a_field_or_with_a_bad_value_is_malformed(String body) {
            assertThatThrownBy(() -> parser.parse(body))
                    .isInstanceOfSatisfying(KaolaException.class,
                            e -> assertThat(e.is(PaymentError.MALFORMED_NOTIFICATION)).isTrue());
        }

        @Test
        void the_reference_body_itself_parses() {
            assertThat(parser.parse(GOOD).paymentNo()).isEqualTo("9001");
        }

        @Test
        void no_body_is_malformed() {
            assertThatThrownBy(() -> parser.parse(null)).isInstanceOf(KaolaException.class)
                    .hasMessage("body is not a JSON object");
        }
    }
}
