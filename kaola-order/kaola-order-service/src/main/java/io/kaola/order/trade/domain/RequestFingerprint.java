package io.kaola.order.trade.domain;

import io.kaola.order.api.OrderError;
import io.kaola.order.api.PlaceOrderRequest;
import io.kaola.order.api.ShippingAddress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * What an Idempotency-Key promises: a repeat of the <em>same</em> checkout. The fingerprint is the SHA-256 of the
 * request's canonical form (buyer, address fields as sent, lines sorted by SKU code with their quantities, the
 * coupon id when one is asked (appended, so fingerprints of requests without a coupon are unchanged); not the key
 * itself), stored with the order; a later request with the same key must have the same fingerprint
 * (draft-ietf-httpapi-idempotency-key-header §2.7: "the same key with a different request payload" is an error,
 * 422). Lines are sorted because an order has each SKU once, so their order means nothing.
 *
 * @param hex 64 lower-case hex digits
 */
public record RequestFingerprint(String hex) {
    private static final String VERSION = "kaola-place-order-v1";

    /**
     * @param request a checkout request that passed {@link PlaceOrderRules}
     * @return its fingerprint
     */
    public static RequestFingerprint of(PlaceOrderRequest request) {
        StringBuilder canonical = new StringBuilder(VERSION);
        field(canonical, Long.toString(request.buyerId()));
        ShippingAddress a = request.address();
        if (a == null) {
            field(canonical, null);
        } else {
            for (String value : new String[]{a.consignee(), a.phone(), a.province(), a.city(), a.district(), a.detail()}) {
                field(canonical, value);
            }
        }
        List<PlaceOrderRequest.Line> lines = request.lines().stream()
                .sorted(Comparator.comparing(PlaceOrderRequest.Line::skuCode, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        field(canonical, Integer.toString(lines.size()));
        for (PlaceOrderRequest.Line line : lines) {
            field(canonical, line.skuCode());
            field(canonical, Integer.toString(line.quantity()));
        }
        if (request.couponId() != null) {
            field(canonical, "coupon");
            field(canonical, Long.toString(request.couponId()));
        }
        return new RequestFingerprint(HexFormat.of().formatHex(sha256(canonical.toString())));
    }

    /**
     * The replay rule: the same key and the same request return the first order.
     *
     * @param placedBefore    the order placed earlier with this key
     * @param storedHex       the fingerprint stored with it; null on orders placed before fingerprints were stored,
     *                        which are returned as before
     * @param idempotencyKey  the key, for the message
     * @return {@code placedBefore} when the fingerprints match (or none was stored)
     * @throws io.kaola.common.error.KaolaException ORDER_IDEMPOTENCY_KEY_REUSED (422) when they differ
     */
    public Order replay(Order placedBefore, String storedHex, String idempotencyKey) {
        if (storedHex == null || storedHex.equals(hex)) return placedBefore;
        throw OrderError.IDEMPOTENCY_KEY_REUSED.exception("Idempotency-Key " + idempotencyKey + " was already used for order "
                        + placedBefore.orderNo() + " with different lines or address; send a new key for a new checkout")
                .with("orderNo", placedBefore.orderNo());
    }

    /** Length-prefixed, so that no two different requests share a canonical form ("ab"+"c" vs "a"+"bc"). */
    private static void field(StringBuilder canonical, String value) {
        canonical.append('\n');
        if (value == null) canonical.append("-1:");
        else canonical.append(value.length()).append(':').append(value);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
