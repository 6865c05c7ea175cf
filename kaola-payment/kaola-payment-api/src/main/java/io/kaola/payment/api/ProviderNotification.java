package io.kaola.payment.api;

import java.io.Serializable;

/**
 * A payment provider's asynchronous notification, passed through unchanged by the gateway.
 *
 * @param provider  provider name, "sandbox"
 * @param body      raw request body (JSON), exactly as received: the signature covers these bytes
 * @param signature header value: hex HMAC-SHA256 of the body with the shared secret
 */
public record ProviderNotification(String provider, String body, String signature) implements Serializable {}
