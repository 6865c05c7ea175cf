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
 * Delivers signed notifications the way a real provider does: POST to the merchant's notify URL (payments:
 * {@code notify-url}; refunds: {@code refund-notify-url}) with header {@value #SIGNATURE_HEADER} = hex
 * HMAC-SHA256(secret, body), retried with doubling delays (1 s, 2 s, 4 s, …) until the merchant answers HTTP 200 or
 * {@code max-attempts} are spent.
 */
@Component
@Profile("sandbox")
public class SandboxNotifier implements DisposableBean {
    public static final String SIGNATURE_HEADER = ProviderNotification.SANDBOX_SIGNATURE_HEADER;
    private static final Logger log = LoggerFactory.getLogger(SandboxNotifier.class);

    private final byte[] key;
    private final URI notifyUrl;
    private final URI refundNotifyUrl;
    private final Duration firstRetryDelay;
    private final int maxAttempts;
    private final HttpClient http;
    private final ScheduledExecutorService scheduler;

    public SandboxNotifier(SandboxSecret secret, SandboxProperties properties) {
        this.key = secret.key();
        this.notifyUrl = URI.create(properties.notifyUrl());
        this.refundNotifyUrl = URI.create(properties.refundNotifyUrl());
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

    /** Starts delivering a payment notification {@code body} to {@code notify-url} in the background; returns at once. */
    public void deliver(String paymentNo, String body) { deliver(notifyUrl, "payment " + paymentNo, body); }

    /** Starts delivering a refund notification {@code body} to {@code refund-notify-url}; returns at once. */
    public void deliverRefund(String refundNo, String body) { deliver(refundNotifyUrl, "refund " + refundNo, body); }

    /**
     * Starts delivering {@code body}, signed, to {@code target} in the background; returns at once.
     *
     * @param what what it is about, for the log (e.g. "payment 123"), never secret
     */
    public void deliver(URI target, String what, String body) {
        String signature = HmacSha256.signHex(key, body.getBytes(StandardCharsets.UTF_8));
        schedule(new Delivery(target, what, body, signature), 1, Duration.ZERO);
    }

    /** One notification on its way. */
    private record Delivery(URI target, String what, String body, String signature) {}

    private void schedule(Delivery delivery, int attempt, Duration delay) {
        try {
            scheduler.schedule(() -> attempt(delivery, attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.info("sandbox stopping: notification of {} not sent (attempt {})", delivery.what(), attempt);
        }
    }

    private void attempt(Delivery delivery, int attempt) {
        String outcome;
        try {
            HttpRequest request = HttpRequest.newBuilder(delivery.target())
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header(SIGNATURE_HEADER, delivery.signature())
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                log.info("sandbox notified {} (attempt {})", delivery.what(), attempt);
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
            log.error("sandbox gave up notifying {} to {} after {} attempts, last: {}", delivery.what(), delivery.target(),
                    attempt, outcome);
            return;
        }
        Duration delay = firstRetryDelay.multipliedBy(1L << Math.min(attempt - 1, 20));
        log.warn("sandbox notify of {} to {} failed (attempt {}/{}: {}), retrying in {} ms", delivery.what(),
                delivery.target(), attempt, maxAttempts, outcome, delay.toMillis());
        schedule(delivery, attempt + 1, delay);
    }

    /**
     * Runs {@code task} once after {@code delay} on the notifier's threads (the sandbox's own delayed work, e.g. a
     * refund moving to SUCCEEDED); nothing runs once the sandbox is stopping.
     */
    public void later(Duration delay, Runnable task) {
        try {
            scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.info("sandbox stopping: delayed work not run");
        }
    }

    @Override
    public void destroy() { scheduler.shutdownNow(); }
}
