package io.kaola.payment.sandbox;

import io.kaola.payment.api.ProviderNotification;
import io.kaola.payment.charge.domain.HmacSha256;
import io.kaola.payment.config.SandboxProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers signed notifications the way a real provider does: POST to the merchant's notify URL with header
 * {@value #SIGNATURE_HEADER} = hex HMAC-SHA256(secret, body), retried with doubling delays (1 s, 2 s, 4 s, …)
 * until the merchant answers HTTP 200 or {@code max-attempts} are spent.
 */
@Component
@Profile("sandbox")
public class SandboxNotifier implements DisposableBean {
    public static final String SIGNATURE_HEADER = ProviderNotification.SANDBOX_SIGNATURE_HEADER;
    private static final Logger log = LoggerFactory.getLogger(SandboxNotifier.class);

    private final byte[] key;
    private final URI notifyUrl;
    private final Duration firstRetryDelay;
    private final int maxAttempts;
    private final HttpClient http;
    private final ScheduledExecutorService scheduler;

    public SandboxNotifier(SandboxSecret secret, SandboxProperties properties) {
        this.key = secret.key();
        this.notifyUrl = URI.create(properties.notifyUrl());
        this.firstRetryDelay = properties.firstRetryDelay();
        this.maxAttempts = properties.maxAttempts();
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        AtomicInteger threads = new AtomicInteger();
        this.scheduler = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "sandbox-notify-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts delivering {@code body} in the background; returns at once. */
    public void deliver(String paymentNo, String body) {
        String signature = HmacSha256.signHex(key, body.getBytes(StandardCharsets.UTF_8));
        schedule(paymentNo, body, signature, 1, Duration.ZERO);
    }

    private void schedule(String paymentNo, String body, String signature, int attempt, Duration delay) {
        try {
            scheduler.schedule(() -> attempt(paymentNo, body, signature, attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.info("sandbox stopping: notification of payment {} not sent (attempt {})", paymentNo, attempt);
        }
    }

    private void attempt(String paymentNo, String body, String signature, int attempt) {
        String outcome;
        try {
            HttpRequest request = HttpRequest.newBuilder(notifyUrl)
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header(SIGNATURE_HEADER, signature)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                log.info("sandbox notified payment {} (attempt {})", paymentNo, attempt);
                return;
            }
            outcome = "HTTP " + response.statusCode();
        } catch (IOException e) {
            outcome = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (attempt >= maxAttempts) {
            log.error("sandbox gave up notifying payment {} to {} after {} attempts, last: {}", paymentNo, notifyUrl,
                    attempt, outcome);
            return;
        }
        Duration delay = firstRetryDelay.multipliedBy(1L << Math.min(attempt - 1, 20));
        log.warn("sandbox notify of payment {} to {} failed (attempt {}/{}: {}), retrying in {} ms", paymentNo,
                notifyUrl, attempt, maxAttempts, outcome, delay.toMillis());
        schedule(paymentNo, body, signature, attempt + 1, delay);
    }

    @Override
    public void destroy() { scheduler.shutdownNow(); }
}
