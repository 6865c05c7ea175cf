package io.kaola.payment.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body the sandbox POSTs when it took the money:
 * {@code {"paymentNo","providerTxnId","amountMinor","currency","status":"SUCCESS","paidAt":ISO-8601}}.
 * Written the same way every time for the same transaction, so a re-sent notification is byte-identical.
 */
public final class SandboxNotification {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SandboxNotification() {}

    /** @return the JSON body for a PAID transaction */
    public static String bodyOf(String paymentNo, String providerTxnId, long amountMinor, String currency, Instant paidAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("paymentNo", paymentNo);
        body.put("providerTxnId", providerTxnId);
        body.put("amountMinor", amountMinor);
        body.put("currency", currency);
        body.put("status", "SUCCESS");
        body.put("paidAt", paidAt.truncatedTo(ChronoUnit.MILLIS).toString());
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);   // a map of strings and numbers always serialises
        }
    }

    static String bodyOf(SandboxTransactionRow t) {
        return bodyOf(t.paymentNo(), t.providerTxnId(), t.amountMinor(), t.currency(), t.paidAt());
    }
}
