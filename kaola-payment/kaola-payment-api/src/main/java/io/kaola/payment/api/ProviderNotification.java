package io.kaola.payment.api;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A payment provider's asynchronous notification, passed through unchanged by the gateway: the provider's
 * adapter in kaola-payment verifies it (docs/payments.md).
 *
 * @param provider provider name, e.g. "sandbox"
 * @param body     raw request body, exactly as received (UTF-8): signatures cover these bytes
 * @param headers  the request's headers, names in lower case, first value of each (e.g. the sandbox's
 *                 {@code x-sandbox-signature}; WeChat Pay's {@code wechatpay-signature}, {@code wechatpay-timestamp},
 *                 {@code wechatpay-nonce}, {@code wechatpay-serial}); never null
 */
public record ProviderNotification(String provider, String body, Map<String, String> headers) implements Serializable {
    /** The sandbox provider's signature header (hex HMAC-SHA256 of the body). */
    public static final String SANDBOX_SIGNATURE_HEADER = "X-Sandbox-Signature";

    public ProviderNotification {
        Map<String, String> lower = new HashMap<>();   // a plain HashMap: it crosses the wire with any serialisation
        if (headers != null) headers.forEach((name, value) -> {
            if (name != null && value != null) lower.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
        });
        headers = lower;
    }

    /**
     * A notification whose only header of interest is the sandbox's signature.
     *
     * @param signature value of {@value #SANDBOX_SIGNATURE_HEADER}; null when absent
     */
    public ProviderNotification(String provider, String body, String signature) {
        this(provider, body, signature == null ? Map.of() : Map.of(SANDBOX_SIGNATURE_HEADER, signature));
    }

    /** @return the header's first value (name in any case), null when absent */
    public String header(String name) { return name == null ? null : headers.get(name.toLowerCase(Locale.ROOT)); }
}
