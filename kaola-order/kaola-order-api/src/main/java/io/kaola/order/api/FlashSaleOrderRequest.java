package io.kaola.order.api;

import io.kaola.common.money.Money;

import java.io.Serializable;

/**
 * An order for an admitted flash-sale attempt, sent by kaola-promotion (docs/promotions.md §flash sale).
 *
 * @param buyerId    the buyer (shard key)
 * @param attemptId  the admitted attempt, 1..60 characters; the order's idempotency key is "seckill:" + attemptId, so
 *                   a redelivered attempt returns the first order
 * @param saleId     the flash sale
 * @param saleName   its name, shown in the price breakdown
 * @param holdId     the sale's stock hold in kaola-inventory, which the order's stock is taken from
 * @param skuCode    the SKU on sale
 * @param quantity   units, 1..the sale's per-user limit
 * @param price      flash unit price, CNY
 * @param address    shipping address, or null with {@code addressId}
 * @param addressId  an entry of the buyer's address book instead of {@code address}
 */
public record FlashSaleOrderRequest(long buyerId, String attemptId, long saleId, String saleName, String holdId,
                                    String skuCode, int quantity, Money price, ShippingAddress address, Long addressId)
        implements Serializable {
    /** Prefix of the idempotency key of a flash-sale order. */
    public static final String KEY_PREFIX = "seckill:";

    /** @return the order's idempotency key */
    public String idempotencyKey() { return KEY_PREFIX + attemptId; }
}
