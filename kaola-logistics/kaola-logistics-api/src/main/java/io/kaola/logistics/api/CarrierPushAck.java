package io.kaola.logistics.api;

import java.io.Serializable;

/**
 * What the carrier expects as the answer to an accepted push, ready to write (kdniao:
 * {@code {"EBusinessID":"…","UpdateTime":"yyyy-MM-dd HH:mm:ss","Success":true,"Reason":""}}).
 *
 * @param contentType the answer's media type, e.g. application/json
 * @param body        the answer's body
 */
public record CarrierPushAck(String contentType, String body) implements Serializable {}
