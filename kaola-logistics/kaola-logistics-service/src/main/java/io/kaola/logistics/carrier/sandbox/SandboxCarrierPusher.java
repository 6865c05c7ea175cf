package io.kaola.logistics.carrier.sandbox;

import io.kaola.logistics.carrier.infrastructure.KdniaoCodec;
import io.kaola.logistics.config.SandboxCarrierProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Delivers the sandbox carrier's pushes the way kdniao does: a form POST (application/x-www-form-urlencoded, UTF-8)
 * to the callback URL, retried with doubling delays until the receiver answers HTTP 200 with {@code "Success":true},
 * or {@code max-attempts} are spent.
 */
@Component
@Profile("sandbox")
public class SandboxCarrierPusher implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(SandboxCarrierPusher.class);

    private final URI callbackUrl;
    private final Duration firstRetryDelay;
    private final int maxAttempts;
    private final KdniaoCodec codec;
    private final HttpClient http;
    private final ScheduledExecutorService scheduler;

    public SandboxCarrierPusher(SandboxCarrierProperties properties, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.callbackUrl = URI.create(properties.callbackUrl());
        this.firstRetryDelay = properties.firstRetryDelay();
        this.maxAttempts = properties.maxAttempts();
        this.codec = new KdniaoCodec(json);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        AtomicInteger threads = new AtomicInteger();
        this.scheduler = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "sandbox-carrier-push-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts delivering the form in the background; returns at once. */
    public void deliver(String logisticsNo, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        schedule(logisticsNo, body, 1, Duration.ZERO);
    }

    private void schedule(String logisticsNo, String body, int attempt, Duration delay) {
        try {
            scheduler.schedule(() -> attempt(logisticsNo, body, attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.info("sandbox carrier stopping: push of waybill {} not sent (attempt {})", logisticsNo, attempt);
        }
    }

    private void attempt(String logisticsNo, String body, int attempt) {
        String outcome;
        try {
            HttpRequest request = HttpRequest.newBuilder(callbackUrl)
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && codec.acknowledged(response.body())) {
                log.debug("sandbox carrier pushed waybill {} (attempt {})", logisticsNo, attempt);
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
            log.error("sandbox carrier gave up pushing waybill {} to {} after {} attempts, last: {}", logisticsNo,
                    callbackUrl, attempt, outcome);
            return;
        }
        Duration delay = firstRetryDelay.multipliedBy(1L << Math.min(attempt - 1, 20));
        log.warn("sandbox carrier push of waybill {} to {} failed (attempt {}/{}: {}), retrying in {} ms", logisticsNo,
                callbackUrl, attempt, maxAttempts, outcome, delay.toMillis());
        schedule(logisticsNo, body, attempt + 1, delay);
    }

    @Override
    public void destroy() { scheduler.shutdownNow(); }
}
