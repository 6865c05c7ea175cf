package io.kaola.order.trade.infrastructure;

import io.kaola.order.trade.application.PromotionClient;
import io.kaola.pricing.api.PromotionOffer;
import io.kaola.promotion.api.ActivityService;
import io.kaola.promotion.api.CouponCheck;
import io.kaola.promotion.api.CouponService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.apache.dubbo.rpc.RpcException;
import static io.kaola.common.boot.dubbo.RpcFailures.noProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * {@link PromotionClient} over Dubbo. Reads and the idempotent release and use are retried by Dubbo; lock is a
 * write Dubbo never retries by itself: it is idempotent on orderNo, so {@link #lockCoupon} retries once, explicitly,
 * after a timeout.
 * <p>kaola-promotion is optional in a deployment: when no provider of it is registered at all, no activity runs, the
 * buyer has no usable coupon, and release / use / restore are no-ops (no coupon can have been locked); checking or locking a
 * coupon fails as any unreachable neighbour does. A provider that is registered but slow or failing is an error as
 * usual (checkout does not charge without activities it could not read). docs/promotions.md.
 */
@Component
public class DubboPromotionClient implements PromotionClient {
    private static final Logger log = LoggerFactory.getLogger(DubboPromotionClient.class);

    @DubboReference(check = false, timeout = 2000, retries = 2)
    private ActivityService activities;

    @DubboReference(check = false, timeout = 3000, methods = {
            @Method(name = "check", timeout = 2000, retries = 2),
            @Method(name = "usableOffers", timeout = 2000, retries = 2),
            @Method(name = "lock", timeout = 3000, retries = 0),
            @Method(name = "release", timeout = 3000, retries = 2),
            @Method(name = "use", timeout = 3000, retries = 2),
            @Method(name = "restore", timeout = 3000, retries = 2)})
    private CouponService coupons;

    @Override
    public List<PromotionOffer> runningActivities(Instant at) {
        try {
            return activities.runningOffers(at);
        } catch (RpcException e) {
            if (!noProvider(e)) throw e;
            return List.of();
        }
    }

    @Override
    public CouponCheck checkCoupon(long buyerId, long couponId, Instant at) { return coupons.check(buyerId, couponId, at); }

    @Override
    public List<PromotionOffer> usableCoupons(long buyerId, Instant at) {
        try {
            return coupons.usableOffers(buyerId, at);
        } catch (RpcException e) {
            if (!noProvider(e)) throw e;
            return List.of();
        }
    }

    @Override
    public void lockCoupon(long buyerId, long couponId, String orderNo, Instant at) {
        try {
            coupons.lock(buyerId, couponId, orderNo, at);
        } catch (RpcException e) {
            if (!e.isTimeout()) throw e;
            log.warn("coupon lock for order {} timed out, retrying once with the same order number", orderNo);
            coupons.lock(buyerId, couponId, orderNo, at);
        }
    }

    @Override
    public void releaseCoupon(String orderNo, Instant at) {
        try {
            coupons.release(orderNo, at);
        } catch (RpcException e) {
            if (!noProvider(e)) throw e;
        }
    }

    @Override
    public void useCoupon(String orderNo, Instant at) {
        try {
            coupons.use(orderNo, at);
        } catch (RpcException e) {
            if (!noProvider(e)) throw e;
        }
    }

    @Override
    public void restoreCoupon(String orderNo, Instant at) {
        try {
            coupons.restore(orderNo, at);
        } catch (RpcException e) {
            if (!noProvider(e)) throw e;
        }
    }
}
