package io.kaola.customs.api;

import java.io.Serializable;

/**
 * What {@link CustomsCancellationService#cancel} left the order's declaration in.
 *
 * @param orderNo the order
 * @param status  CANCELLED (done, CANCELLED published) or CANCELLING (CEB623 sent; the answer follows on
 *                customs-status-changed)
 * @param detail  in words, e.g. "CEB623 sent, waiting for customs"; never an identity number
 */
public record CancellationResult(String orderNo, CancellationStatus status, String detail) implements Serializable {}
