package io.kaola.promotion.seckill.application;

import io.kaola.order.api.FlashSaleOrderRequest;

/** kaola-order's flash-sale checkout (port; DubboFlashOrders), idempotent on the attempt. */
public interface FlashOrders {
    /**
     * @return the order number
     * @throws io.kaola.common.error.KaolaException the refusal (nothing held), e.g. CROSSBORDER_BUYER_NOT_VERIFIED
     * @throws RuntimeException a transport failure or timeout: the order may or may not exist; retry with the same attempt
     */
    String place(FlashSaleOrderRequest request);
}
