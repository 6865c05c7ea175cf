package io.kaola.logistics.tracking.domain;

import java.time.Instant;

/**
 * Internal event on topic {@value #TOPIC}, key = pushId: a carrier push whose signature verified, stored raw before
 * the carrier is acknowledged; its events are applied by the consumer.
 *
 * @param carrier    the carrier's code
 * @param pushId     carrier + ":" + SHA-256 of the payload (the same push repeated has the same id)
 * @param payload    the signed payload as it arrived (kdniao RequestData)
 * @param receivedAt when the gateway handed it over
 */
public record CarrierPushReceived(String carrier, String pushId, String payload, Instant receivedAt) {
    public static final String TOPIC = "carrier-push-received";
}
