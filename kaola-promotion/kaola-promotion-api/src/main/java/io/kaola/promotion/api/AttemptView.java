package io.kaola.promotion.api;

import java.io.Serializable;

/**
 * @param attemptId the attempt ("<saleId>-<32 hex>")
 * @param saleId    the sale
 * @param status    QUEUED, ORDERED or FAILED
 * @param orderNo   the order once ORDERED, else null
 * @param reason    the error code of the order creation once FAILED (e.g. CROSSBORDER_OVER_ANNUAL_LIMIT), else null
 */
public record AttemptView(String attemptId, long saleId, AttemptStatus status, String orderNo, String reason)
        implements Serializable {}
