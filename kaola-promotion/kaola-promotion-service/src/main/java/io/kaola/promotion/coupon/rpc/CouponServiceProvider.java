package io.kaola.promotion.coupon.rpc;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.pricing.api.PromotionOffer;
import io.kaola.promotion.api.CouponCheck;
import io.kaola.promotion.api.CouponService;
import io.kaola.promotion.coupon.application.CheckoutCoupons;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.annotation.Method;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Dubbo face of checkout's coupons (callable by kaola-order). */
@DubboService(timeout = 3000, methods = {
        @Method(name = "check", timeout = 2000, retries = 2),
        @Method(name = "usableOffers", timeout = 2000, retries = 2),
        @Method(name = "lock", timeout = 3000, retries = 0)})
public class CouponServiceProvider implements CouponService {
    private final CheckoutCoupons coupons;
    private final Clock clock;

    public CouponServiceProvider(CheckoutCoupons coupons, Clock clock) {
        this.coupons = coupons;
        this.clock = clock;
    }

    @Override
    public CouponCheck check(long userId, long couponId, Instant at) throws KaolaException {
        return coupons.check(userId, couponId, orNow(at));
    }

    @Override
    public List<PromotionOffer> usableOffers(long userId, Instant at) throws KaolaException {
        return coupons.usableOffers(userId, orNow(at));
    }

    @Override
    public void lock(long userId, long couponId, String orderNo, Instant at) throws KaolaException {
        coupons.lock(userId, couponId, requireOrder(orderNo), orNow(at));
    }

    @Override
    public void release(String orderNo, Instant at) throws KaolaException { coupons.release(requireOrder(orderNo), orNow(at)); }

    @Override
    public void use(String orderNo, Instant at) throws KaolaException { coupons.use(requireOrder(orderNo), orNow(at)); }

    @Override
    public void restore(String orderNo, Instant at) throws KaolaException { coupons.giveBack(requireOrder(orderNo), orNow(at)); }

    private static String requireOrder(String orderNo) {
        if (orderNo == null || orderNo.isBlank() || orderNo.length() > 64) {
            throw CommonError.INVALID_REQUEST.exception("an order number (1–64 characters) is required");
        }
        return orderNo;
    }

    private Instant orNow(Instant at) { return at == null ? clock.instant() : at; }
}
