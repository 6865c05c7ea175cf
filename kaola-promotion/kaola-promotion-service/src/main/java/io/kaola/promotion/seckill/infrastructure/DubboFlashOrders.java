package io.kaola.promotion.seckill.infrastructure;

import io.kaola.order.api.FlashSaleOrderRequest;
import io.kaola.order.api.OrderService;
import io.kaola.promotion.seckill.application.FlashOrders;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.springframework.stereotype.Component;

/**
 * {@link FlashOrders} over kaola-order. Dubbo does not retry (a checkout is not to be repeated blindly); the broker's
 * redelivery does, with the same attempt, on which the checkout is idempotent.
 */
@Component
public class DubboFlashOrders implements FlashOrders {
    @DubboReference(check = false, timeout = 10000, retries = 0,
            methods = @Method(name = "placeFlashSaleOrder", timeout = 10000, retries = 0))
    private OrderService orders;

    @Override
    public String place(FlashSaleOrderRequest request) { return orders.placeFlashSaleOrder(request).orderNo(); }
}
