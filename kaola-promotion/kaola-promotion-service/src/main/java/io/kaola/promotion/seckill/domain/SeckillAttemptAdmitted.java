package io.kaola.promotion.seckill.domain;

import io.kaola.order.api.ShippingAddress;

/**
 * Message on topic {@value #TOPIC}, key the attempt id: an attempt was admitted, its order is to be created. Sent by
 * the admission, again by the reconciliation for an attempt still QUEUED after a while; handled once per attempt.
 *
 * @param attemptId the attempt
 * @param saleId    the sale
 * @param userId    the shopper
 * @param address   where the order ships, or null with {@code addressId}
 * @param addressId an address-book entry instead
 */
public record SeckillAttemptAdmitted(String attemptId, long saleId, long userId, ShippingAddress address, Long addressId) {
    public static final String TOPIC = "seckill-attempt-admitted";
}
