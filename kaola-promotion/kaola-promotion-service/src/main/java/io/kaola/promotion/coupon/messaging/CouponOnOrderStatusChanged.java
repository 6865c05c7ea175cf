package io.kaola.promotion.coupon.messaging;

import io.kaola.common.boot.mq.KaolaMessageListener;
import io.kaola.order.api.OrderStatusChanged;
import io.kaola.promotion.coupon.application.CheckoutCoupons;
import org.springframework.stereotype.Component;

/**
 * The backstop for checkout's calls: an order that CLOSED (cancelled, unpaid timeout) releases its coupon, one that
 * customs rejected (CUSTOMS_REJECTED) gives it back. kaola-order already calls release on cancel; a lost call is
 * caught here. Idempotent: the coupon's table makes a repeat a no-op.
 */
@Component
public class CouponOnOrderStatusChanged implements KaolaMessageListener<OrderStatusChanged> {
    private final CheckoutCoupons coupons;

    public CouponOnOrderStatusChanged(CheckoutCoupons coupons) { this.coupons = coupons; }

    @Override public String topic() { return OrderStatusChanged.TOPIC; }
    @Override public String consumerGroup() { return "promotion-returns-coupons"; }
    @Override public Class<OrderStatusChanged> payloadType() { return OrderStatusChanged.class; }

    @Override
    public void onMessage(OrderStatusChanged event, String key) {
        switch (event.status()) {
            case CLOSED -> coupons.release(event.orderNo(), event.at());
            case CUSTOMS_REJECTED -> coupons.giveBack(event.orderNo(), event.at());
            default -> { }
        }
    }
}
