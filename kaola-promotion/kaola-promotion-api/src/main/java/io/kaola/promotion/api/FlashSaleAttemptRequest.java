package io.kaola.promotion.api;

import io.kaola.order.api.ShippingAddress;

import java.io.Serializable;

/**
 * @param saleId    the sale
 * @param userId    the shopper (authenticated by the gateway)
 * @param token     the one-time token from {@link FlashSaleService#issueToken}
 * @param address   where the order ships; or null with {@code addressId}
 * @param addressId an entry of the shopper's address book instead of {@code address}
 */
public record FlashSaleAttemptRequest(long saleId, long userId, String token, ShippingAddress address, Long addressId)
        implements Serializable {}
