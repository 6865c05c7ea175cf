package io.kaola.payment.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body the sandbox POSTs when it took the money:
 * {@code {"paymentNo","providerTxnId","amountMinor","currency","status":"SUCCESS","paidAt":ISO-8601,
 * "certCheckResult":"SAME"|"DIFFERENT","payerIdMasked":"3301**********123X"}}; certCheckResult says whether the
 * payer is the buyer the payment was opened for (as WeChat Pay's cert_check_result); payerIdMasked is left out
 * when unknown. Written the same way every time for the same transaction, so a re-sent notification is
 * byte-identical. Never carries a full identity number.
 */
public final class SandboxNotification {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SandboxNotification() {}

    /** @return the JSON body for a PAID transaction */
    public static String bodyOf(String paymentNo, String providerTxnId, long amountMinor, String currency, Instant paidAt,
                                String certCheckResult, String payerIdMasked) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("paymentNo", paymentNo);
        body.put("providerTxnId", providerTxnId);
        body.put("amountMinor", amountMinor);
        body.put("currency", currency);
        body.put("status", "SUCCESS");
        body.put("paidAt", paidAt.truncatedTo(ChronoUnit.MILLIS).toString());
        body.put("certCheckResult", certCheckResult);
        if (payerIdMasked != null) body.put("payerIdMasked", payerIdMasked);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);   // a map of strings and numbers always serialises
        }
    }

    /** @return the JSON body of a PAID transaction paid by the buyer (SAME), without the payer's masked number */
    public static String bodyOf(String paymentNo, String providerTxnId, long amountMinor, String currency, Instant paidAt) {
        return bodyOf(paymentNo, providerTxnId, amountMinor, currency, paidAt, "SAME", null);
    }

    static String bodyOf(SandboxTransactionRow t) {
        return bodyOf(t.paymentNo(), t.providerTxnId(), t.amountMinor(), t.currency(), t.paidAt(), t.certCheckResult(),
                t.payerIdMasked());
    }
}
