package io.kaola.order.standin;

import io.kaola.common.money.Money;
import io.kaola.pricing.api.PromotionOffer;
import io.kaola.pricing.api.PromotionScope;
import io.kaola.promotion.api.CouponCheck;
import io.kaola.promotion.api.CouponService;
import io.kaola.promotion.api.CouponStatus;
import io.kaola.promotion.api.PromotionError;
import org.apache.dubbo.config.annotation.DubboService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * kaola-promotion stand-in, in memory with the real contract of CouponService: UNUSED → LOCKED by one order (a lock
 * by the same order again is a no-op, by another refused PROMOTION_COUPON_NOT_USABLE) → USED; release and use of an
 * order without a coupon are no-ops; restore turns a coupon USED (or still LOCKED) by the order back to UNUSED, or
 * EXPIRED when restored after {@link #expireAt} (a no-op without one). Coupons are AMOUNT_OFF with a threshold. No activities unless a test sets them.
 * Lock failures can be injected to test the compensation.
 */
@DubboService
public class StandInPromotion implements CouponService {
    private record Coupon(long id, long userId, long amountOffFen, Long thresholdFen, CouponStatus status, String orderNo) {
        Coupon to(CouponStatus next, String order) { return new Coupon(id, userId, amountOffFen, thresholdFen, next, order); }
    }

    private final Map<Long, Coupon> coupons = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong(9_000);
    private final AtomicInteger lockFailures = new AtomicInteger();
    private final Map<Long, Instant> validTo = new LinkedHashMap<>();

    /** The coupon's validity ends at {@code end}: a restore at or after it leaves it EXPIRED. */
    public synchronized void expireAt(long couponId, Instant end) { validTo.put(couponId, end); }

    /** @return a new UNUSED coupon of the user taking amountOffFen off once the cart reaches thresholdFen (null: any) */
    public synchronized long issue(long userId, long amountOffFen, Long thresholdFen) {
        long id = ids.incrementAndGet();
        coupons.put(id, new Coupon(id, userId, amountOffFen, thresholdFen, CouponStatus.UNUSED, null));
        return id;
    }

    /** @return the coupon's status */
    public synchronized CouponStatus status(long couponId) { return coupons.get(couponId).status(); }

    /** @return the order holding the coupon (LOCKED or USED), null when none */
    public synchronized String orderOf(long couponId) { return coupons.get(couponId).orderNo(); }

    /** The next {@code n} lock calls fail as a transport failure would, after locking (the worst case). */
    public void failNextLocks(int n) { lockFailures.set(n); }

    @Override
    public synchronized CouponCheck check(long userId, long couponId, Instant at) {
        Coupon c = coupons.get(couponId);
        if (c == null || c.userId() != userId) return new CouponCheck(couponId, null, "coupon " + couponId + " is not yours");
        if (c.status() != CouponStatus.UNUSED) {
            return new CouponCheck(couponId, null, "coupon " + couponId + " is " + c.status()
                    + (c.orderNo() != null ? " by order " + c.orderNo() : ""));
        }
        return new CouponCheck(couponId, offer(c), null);
    }

    private static PromotionOffer offer(Coupon c) {
        return PromotionOffer.amountOffCoupon(String.valueOf(c.id()), "stand-in coupon", Money.cny(c.amountOffFen()),
                c.thresholdFen() == null ? null : Money.cny(c.thresholdFen()), PromotionScope.ALL);
    }

    @Override
    public synchronized List<PromotionOffer> usableOffers(long userId, Instant at) {
        List<PromotionOffer> usable = new ArrayList<>();
        for (Coupon c : coupons.values()) if (c.userId() == userId && c.status() == CouponStatus.UNUSED) usable.add(offer(c));
        return usable;
    }

    @Override
    public synchronized void lock(long userId, long couponId, String orderNo, Instant at) {
        Coupon c = coupons.get(couponId);
        if (c == null || c.userId() != userId) throw PromotionError.COUPON_NOT_FOUND.exception("no coupon " + couponId);
        if (c.status() == CouponStatus.LOCKED && orderNo.equals(c.orderNo())) return;
        if (c.status() != CouponStatus.UNUSED) {
            throw PromotionError.COUPON_NOT_USABLE.exception("coupon " + couponId + " is " + c.status() + " by order "
                    + c.orderNo());
        }
        coupons.put(couponId, c.to(CouponStatus.LOCKED, orderNo));
        if (lockFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("stand-in: the lock reply was lost");
        }
    }

    @Override
    public synchronized void release(String orderNo, Instant at) {
        coupons.replaceAll((id, c) -> c.status() == CouponStatus.LOCKED && orderNo.equals(c.orderNo())
                ? c.to(CouponStatus.UNUSED, null) : c);
    }

    @Override
    public synchronized void use(String orderNo, Instant at) {
        coupons.replaceAll((id, c) -> c.status() == CouponStatus.LOCKED && orderNo.equals(c.orderNo())
                ? c.to(CouponStatus.USED, orderNo) : c);
    }

    @Override
    public synchronized void restore(String orderNo, Instant at) {
        Instant when = at == null ? Instant.now() : at;
        coupons.replaceAll((id, c) -> (c.status() == CouponStatus.USED || c.status() == CouponStatus.LOCKED)
                && orderNo.equals(c.orderNo())
                ? c.to(validTo.containsKey(id) && !when.isBefore(validTo.get(id)) ? CouponStatus.EXPIRED : CouponStatus.UNUSED, null)
                : c);
    }
}
