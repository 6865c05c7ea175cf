package io.kaola.logistics.carrier.domain;

/**
 * A push whose signature verified.
 *
 * @param payload         the signed payload to store and parse later (kdniao: RequestData, as sent)
 * @param ackContentType  media type of the acknowledgement the carrier expects
 * @param ackBody         the acknowledgement
 */
public record VerifiedPush(String payload, String ackContentType, String ackBody) {}
