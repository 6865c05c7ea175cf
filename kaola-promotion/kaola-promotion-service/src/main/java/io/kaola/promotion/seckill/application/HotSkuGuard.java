package io.kaola.promotion.seckill.application;

/**
 * The hot-parameter flow rule in front of admission (port; SentinelHotSkuGuard): at most
 * {@code kaola.promotion.seckill.hot-sku-qps} attempts per second per SKU, so one hot SKU cannot take every thread
 * of the service from the other sales.
 */
public interface HotSkuGuard {
    /**
     * Runs {@code admission} when the SKU is under its rate.
     * @throws io.kaola.common.error.KaolaException PROMOTION_FLASH_SALE_BUSY (429) when it is over, without running it
     */
    <T> T call(String skuCode, java.util.function.Supplier<T> admission);
}
