package io.kaola.customs.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One order's declaration in the ops list.
 *
 * @param orderNo         the order
 * @param buyerId         its buyer
 * @param status          where clearance is
 * @param exception       true when ops must look at it
 * @param exceptionCode   e.g. CUSTOMS_HS_CODE_MISSING, CUSTOMS_REJECTED_QUOTA; null without an exception
 * @param exceptionDetail what happened (never an identity number)
 * @param updatedAt       last change
 */
public record DeclarationSummary(String orderNo, long buyerId, DeclarationStatus status, boolean exception,
                                 String exceptionCode, String exceptionDetail, Instant updatedAt)
        implements Serializable {}
