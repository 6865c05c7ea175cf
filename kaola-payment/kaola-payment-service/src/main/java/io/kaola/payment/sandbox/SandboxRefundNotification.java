package io.kaola.payment.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.charge.domain.ProviderRefundNotice;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sandbox's refund notification body, written and read:
 * {@code {"type":"REFUND","refundNo","paymentNo","providerRefundId":"SBXR…","amountMinor":1000,"currency":"CNY",
 * "status":"SUCCEEDED"|"FAILED","refundedAt":ISO-8601,"failureReason":"…" (FAILED only)}}. Written the same way
 * every time for the same refund, so a re-sent notification is byte-identical. (The sandbox itself only notifies
 * SUCCEEDED — it refuses at once — but a real provider also notifies failures, e.g. WeChat Pay REFUND.ABNORMAL, so
 * FAILED is read too.)
 */
public final class SandboxRefundNotification {
    /** The body's {@code type}: tells a refund notification from a payment one. */
    public static final String TYPE = "REFUND";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SandboxRefundNotification() {}

    /**
     * @param status        "SUCCEEDED" or "FAILED"
     * @param failureReason why it FAILED, else null (left out)
     * @return the JSON body
     */
    public static String bodyOf(String refundNo, String paymentNo, String providerRefundId, long amountMinor,
                                String currency, String status, Instant at, String failureReason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE);
        body.put("refundNo", refundNo);
        body.put("paymentNo", paymentNo);
        body.put("providerRefundId", providerRefundId);
        body.put("amountMinor", amountMinor);
        body.put("currency", currency);
        body.put("status", status);
        body.put("refundedAt", at.truncatedTo(ChronoUnit.MILLIS).toString());
        if (failureReason != null) body.put("failureReason", failureReason);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);   // a map of strings and numbers always serialises
        }
    }

    /** @return the body of a SUCCEEDED sandbox refund */
    static String bodyOf(SandboxRefundRow r) {
        return bodyOf(r.refundNo(), r.paymentNo(), r.providerRefundId(), r.amountMinor(), r.currency(),
                r.status().name(), r.refundedAt(), null);
    }

    /**
     * @param body the raw JSON body, already verified
     * @return what it states
     * @throws KaolaException PAYMENT_MALFORMED_NOTIFICATION naming the first bad field
     */
    public static ProviderRefundNotice parse(String body) {
        JsonNode root;
        try {
            root = body == null ? null : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw malformed("body is not JSON");
        }
        if (root == null || !root.isObject()) throw malformed("body is not a JSON object");
        if (!TYPE.equals(root.path("type").asText())) throw malformed("type must be " + TYPE);
        String refundNo = text(root, "refundNo", 32);
        String providerRefundId = text(root, "providerRefundId", 64);
        JsonNode amount = root.get("amountMinor");
        if (amount == null || !amount.isIntegralNumber() || !amount.canConvertToLong() || amount.longValue() <= 0) {
            throw malformed("amountMinor must be a positive whole number of minor units");
        }
        String currency = text(root, "currency", 3);
        if (!currency.matches("[A-Z]{3}")) throw malformed("currency must be an ISO 4217 code, e.g. CNY");
        ProviderRefundNotice.Outcome outcome = switch (text(root, "status", 16)) {
            case "SUCCEEDED" -> ProviderRefundNotice.Outcome.SUCCEEDED;
            case "FAILED" -> ProviderRefundNotice.Outcome.FAILED;
            default -> throw malformed("status must be SUCCEEDED or FAILED");
        };
        Instant at;
        try {
            at = Instant.parse(text(root, "refundedAt", 40)).truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            throw malformed("refundedAt must be an ISO-8601 instant, e.g. 2025-01-01T08:00:00Z");
        }
        String failureReason = root.hasNonNull("failureReason") ? text(root, "failureReason", 255) : null;
        return new ProviderRefundNotice(refundNo, providerRefundId, outcome, new Money(amount.longValue(), currency), at,
                failureReason);
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
