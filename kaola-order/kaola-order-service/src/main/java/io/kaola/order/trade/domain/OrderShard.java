package io.kaola.order.trade.domain;

import java.util.Optional;

/**
 * Where a buyer's orders live: 8 slots over 2 databases × 4 tables.
 * slot = buyerId % 8; database = slot % 2; table = slot / 2.
 * An order number is a decimal sequence id followed by {@code buyerId % 10000} in 4 digits, so the
 * number alone names the slot too: 10000 is a multiple of 8, hence (last 4 digits) % 8 = buyerId % 8.
 * Diagram and reasoning: docs/sharding.md.
 *
 * @param slot 0..7
 */
public record OrderShard(int slot) {
    public static final int SLOTS = 8;
    public static final int DATABASES = 2;
    public static final int TABLES_PER_DATABASE = SLOTS / DATABASES;
    /** Longest order number the trade_order.order_no column holds. */
    public static final int MAX_ORDER_NO_LENGTH = 32;
    private static final int SUFFIX_DIGITS = 4;
    private static final int SUFFIX_MODULUS = 10_000;

    public OrderShard {
        if (slot < 0 || slot >= SLOTS) throw new IllegalArgumentException("slot must be 0.." + (SLOTS - 1) + ": " + slot);
    }

    /** @param buyerId buyer id, >= 0 */
    public static OrderShard ofBuyer(long buyerId) {
        requireBuyerId(buyerId);
        return new OrderShard((int) (buyerId % SLOTS));
    }

    /** @return the shard named by the number's last 4 digits, empty when it is not an order number */
    public static Optional<OrderShard> ofOrderNo(String orderNo) {
        if (!isOrderNo(orderNo)) return Optional.empty();
        int suffix = Integer.parseInt(orderNo.substring(orderNo.length() - SUFFIX_DIGITS));
        return Optional.of(new OrderShard(suffix % SLOTS));
    }

    /**
     * @param sequenceId a unique positive id (IdGenerator)
     * @param buyerId    the buyer, >= 0
     * @return e.g. sequence 73410512 and buyer 1234567 give "734105124567"
     */
    public static String orderNo(long sequenceId, long buyerId) {
        if (sequenceId <= 0) throw new IllegalArgumentException("sequenceId must be positive: " + sequenceId);
        requireBuyerId(buyerId);
        return sequenceId + String.format("%04d", buyerId % SUFFIX_MODULUS);
    }

    /** @return true for digits only, longer than the suffix and at most 32 characters */
    public static boolean isOrderNo(String orderNo) {
        if (orderNo == null || orderNo.length() <= SUFFIX_DIGITS || orderNo.length() > MAX_ORDER_NO_LENGTH) return false;
        for (int i = 0; i < orderNo.length(); i++) {
            char c = orderNo.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    /** @return the physical database index, 0..1 (ShardingSphere data source ds_N) */
    public int database() { return slot % DATABASES; }

    /** @return the table index within the database, 0..3 (trade_order_N, trade_order_item_N) */
    public int table() { return slot / DATABASES; }

    private static void requireBuyerId(long buyerId) {
        if (buyerId < 0) throw new IllegalArgumentException("buyerId must be >= 0: " + buyerId);
    }
}
