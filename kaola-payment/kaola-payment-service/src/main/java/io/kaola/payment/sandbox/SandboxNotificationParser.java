package io.kaola.payment.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.charge.domain.CertCheckResult;
import io.kaola.payment.charge.domain.ProviderPayment;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads the sandbox provider's notification body:
 * {@code {"paymentNo":"…","providerTxnId":"…","amountMinor":12345,"currency":"CNY","status":"SUCCESS",
 * "paidAt":"2025-01-01T00:00:00Z","certCheckResult":"SAME","payerIdMasked":"1101**********002X"}}.
 * Only "SUCCESS" is a notification we act on. certCheckResult (SAME or DIFFERENT, as WeChat Pay's
 * cert_check_result) is required: a payment without the payer check cannot count for a cross-border order.
 * payerIdMasked is optional and must be masked (contain '*'): the body is stored as received. Used by
 * {@link SandboxPaymentAdapter} once the signature is verified.
 */
public class SandboxNotificationParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param body the raw JSON body, already verified
     * @return what it states
     * @throws KaolaException PAYMENT_MALFORMED_NOTIFICATION naming the first bad field
     */
    public ProviderPayment parse(String body) {
        JsonNode root;
        try {
            root = body == null ? null : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw malformed("body is not JSON");
        }
        if (root == null || !root.isObject()) throw malformed("body is not a JSON object");
        String paymentNo = text(root, "paymentNo", 32);
        String providerTxnId = text(root, "providerTxnId", 64);
        JsonNode amount = root.get("amountMinor");
        if (amount == null || !amount.isIntegralNumber() || !amount.canConvertToLong() || amount.longValue() <= 0) {
            throw malformed("amountMinor must be a positive whole number of minor units");
        }
        String currency = text(root, "currency", 3);
        if (!currency.matches("[A-Z]{3}")) throw malformed("currency must be an ISO 4217 code, e.g. CNY");
        String status = text(root, "status", 16);
        if (!"SUCCESS".equals(status)) throw malformed("status " + status + " is not SUCCESS");
        Instant paidAt;
        try {
            paidAt = Instant.parse(text(root, "paidAt", 40));
        } catch (DateTimeParseException e) {
            throw malformed("paidAt must be an ISO-8601 instant, e.g. 2025-01-01T08:00:00Z");
        }
        CertCheckResult certCheck = switch (text(root, "certCheckResult", 16)) {
            case "SAME" -> CertCheckResult.SAME;
            case "DIFFERENT" -> CertCheckResult.DIFFERENT;
            default -> throw malformed("certCheckResult must be SAME or DIFFERENT");
        };
        String payerIdMasked = null;
        if (root.hasNonNull("payerIdMasked")) {
            payerIdMasked = text(root, "payerIdMasked", 32);
            if (!payerIdMasked.contains("*")) throw malformed("payerIdMasked must be masked");
        }
        return new ProviderPayment(paymentNo, providerTxnId, new Money(amount.longValue(), currency), paidAt,
                certCheck, payerIdMasked);
    }

    private static String text(JsonNode root, String field, int maxLength) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) throw malformed(field + " is missing");
        String value = node.asText();
        if (value.length() > maxLength) throw malformed(field + " is longer than " + maxLength + " characters");
        return value;
    }

    private static KaolaException malformed(String detail) {
        return PaymentError.MALFORMED_NOTIFICATION.exception(detail);
    }
}
