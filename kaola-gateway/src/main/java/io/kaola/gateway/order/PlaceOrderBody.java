package io.kaola.gateway.order;

import io.kaola.order.api.PlaceOrderRequest;
import io.kaola.order.api.ShippingAddress;

import java.util.List;

/**
 * What a shopper sends to place an order; the buyer comes from the token, the key from the header.
 *
 * @param address  where the parcel goes; absent with addressId
 * @param lines    (skuCode, quantity 1..99), at most 20, each SKU once; absent with fromCart
 * @param couponId the caller's coupon to use (GET /api/me/coupons), absent for none
 * @param fromCart true: order the selected lines of the caller's cart (GET /api/cart), removed from it once placed
 * @param addressId an entry of the caller's address book (GET /api/me/addresses) instead of address
 */
public record PlaceOrderBody(ShippingAddress address, List<PlaceOrderRequest.Line> lines, Long couponId,
                             Boolean fromCart, Long addressId) {}
