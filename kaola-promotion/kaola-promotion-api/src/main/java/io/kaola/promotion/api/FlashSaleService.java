package io.kaola.promotion.api;

import io.kaola.common.error.KaolaException;
import io.kaola.common.rpc.CallableBy;

import java.time.Instant;
import java.util.List;

/**
 * Flash sales (秒杀): created by ops, taken part in by shoppers, both through the gateway (docs/promotions.md §flash
 * sale). Admission is one Redis script per attempt; an admitted attempt becomes an order asynchronously (RocketMQ,
 * idempotent by attempt id) and the shopper polls it.
 */
@CallableBy("kaola-gateway")
public interface FlashSaleService {

    /**
     * Creates the sale: the units move from the SKU's available stock into a hold in kaola-inventory (so normal orders
     * cannot take them) and are warmed into Redis. A refusal leaves nothing written or held.
     *
     * @return the sale
     * @throws KaolaException PROMOTION_INVALID_FLASH_SALE naming the field; INVENTORY_INSUFFICIENT_STOCK,
     *         INVENTORY_UNKNOWN_SKU; COMMON_SERVICE_UNAVAILABLE (kaola-inventory unreachable, nothing held)
     */
    FlashSaleView createFlashSale(CreateFlashSaleRequest request) throws KaolaException;

    /**
     * @return the sale with the units left now
     * @throws KaolaException PROMOTION_FLASH_SALE_NOT_FOUND
     */
    FlashSaleView flashSale(long saleId) throws KaolaException;

    /** @return sales not ended at {@code at} (upcoming and on sale), soonest start first */
    List<FlashSaleView> currentFlashSales(Instant at) throws KaolaException;

    /**
     * A one-time attempt token for this shopper and sale, valid for a short time (the sale's token TTL). From
     * {@code kaola.promotion.seckill.token-lead} before the start until the end. A new token replaces the previous one.
     *
     * @throws KaolaException PROMOTION_FLASH_SALE_NOT_FOUND, PROMOTION_FLASH_SALE_NOT_STARTED (too early),
     *         PROMOTION_FLASH_SALE_ENDED
     */
    AttemptToken issueToken(long saleId, long userId) throws KaolaException;

    /**
     * One attempt: window, token, per-user limit and a unit, checked and taken in one Redis script; then the order is
     * created asynchronously. Poll {@link #attemptStatus}.
     *
     * @return the attempt, QUEUED
     * @throws KaolaException PROMOTION_FLASH_SALE_NOT_FOUND, PROMOTION_FLASH_SALE_NOT_STARTED,
     *         PROMOTION_FLASH_SALE_ENDED, PROMOTION_FLASH_SALE_BAD_TOKEN, PROMOTION_FLASH_SALE_LIMIT_REACHED,
     *         PROMOTION_FLASH_SALE_SOLD_OUT, PROMOTION_FLASH_SALE_BUSY (hot-SKU flow rule), PROMOTION_INVALID_FLASH_SALE
     *         (no address); COMMON_SERVICE_UNAVAILABLE (the order queue is unreachable: the unit was given back)
     */
    AttemptView attempt(FlashSaleAttemptRequest request) throws KaolaException;

    /**
     * @return the shopper's attempt: QUEUED, ORDERED with the order number, or FAILED with the reason
     * @throws KaolaException PROMOTION_ATTEMPT_NOT_FOUND (also another shopper's)
     */
    AttemptView attemptStatus(long userId, String attemptId) throws KaolaException;

    /**
     * Ends the sale now (ops): no more admissions, the hold closes and the unsold units go back to stock. Idempotent.
     *
     * @throws KaolaException PROMOTION_FLASH_SALE_NOT_FOUND; COMMON_SERVICE_UNAVAILABLE (kaola-inventory unreachable:
     *         admissions stopped, the sweep closes the hold later)
     */
    FlashSaleView endFlashSale(long saleId) throws KaolaException;

    /**
     * Compares Redis (units left, attempts queued) with the hold in kaola-inventory and repairs a drift that two
     * consecutive runs saw alike (the same job runs every few seconds).
     *
     * @throws KaolaException PROMOTION_FLASH_SALE_NOT_FOUND; COMMON_SERVICE_UNAVAILABLE (kaola-inventory unreachable)
     */
    FlashSaleReconciliation reconcile(long saleId) throws KaolaException;
}
