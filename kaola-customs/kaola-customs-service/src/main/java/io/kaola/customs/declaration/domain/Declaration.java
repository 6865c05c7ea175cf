package io.kaola.customs.declaration.domain;

import io.kaola.customs.api.DeclarationStatus;

import java.time.Instant;

/**
 * One order's customs clearance: its status and the inputs collected so far (facts are loaded separately).
 *
 * @param orderNo         the order
 * @param buyerId         its buyer
 * @param status          where clearance is
 * @param exceptionCode   the stable code of the exception it is held in; null without one
 * @param exceptionDetail what happened (never an identity number)
 * @param hasOrder        the paid order's facts are stored
 * @param hasPayment      the payment's facts are stored
 * @param hasWaybill      the waybill's facts are stored
 * @param createdAt       first input
 * @param updatedAt       last change
 */
public record Declaration(String orderNo, long buyerId, DeclarationStatus status, String exceptionCode,
                          String exceptionDetail, boolean hasOrder, boolean hasPayment, boolean hasWaybill,
                          Instant createdAt, Instant updatedAt) {

    /** @return true when the three inputs are there */
    public boolean complete() { return hasOrder && hasPayment && hasWaybill; }
}
