package io.kaola.promotion.coupon.application;

import io.kaola.common.error.KaolaException;
import io.kaola.pricing.api.PromotionOffer;
import io.kaola.promotion.api.CouponCheck;
import io.kaola.promotion.api.CouponStatus;
import io.kaola.promotion.api.PromotionError;
import io.kaola.promotion.coupon.domain.Coupon;
import io.kaola.promotion.coupon.domain.CouponRepository;
import io.kaola.promotion.coupon.domain.CouponTransition;
import io.kaola.common.state.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;

/**
 * A shopper's coupon through an order: check, lock with the order, use on payment, release on cancel or timeout,
 * give back (restore) when a paid order is cancelled, rejected by customs or refunded. Each move is decided by {@link CouponTransition#LIFECYCLE} and written guarded
 * by the status (and order) it leaves, so a coupon is never locked by two orders and a repeat changes nothing.
 */
@Service
public class CheckoutCoupons {
    /** At most this many coupons are offered for a cart's best coupon. */
    public static final int MAX_USABLE_OFFERS = 10;
    private static final Logger log = LoggerFactory.getLogger(CheckoutCoupons.class);

    private final CouponRepository coupons;

    public CheckoutCoupons(CouponRepository coupons) { this.coupons = coupons; }

    /** @return whether the user may use the coupon at {@code at}, with its terms when they may */
    public CouponCheck check(long userId, long couponId, Instant at) {
        Coupon coupon = coupons.coupon(couponId);
        if (coupon == null || coupon.userId() != userId) {
            return new CouponCheck(couponId, null, "coupon " + couponId + " is not one of yours");
        }
        String refusal = coupon.refusalAt(at);
        return refusal == null ? new CouponCheck(couponId, coupon.offer(), null) : new CouponCheck(couponId, null, refusal);
    }

    /** @return the user's coupons usable at {@code at} as offers, newest first, at most {@value #MAX_USABLE_OFFERS} */
    public List<PromotionOffer> usableOffers(long userId, Instant at) {
        return coupons.usableCouponsOf(userId, at, MAX_USABLE_OFFERS).stream().map(Coupon::offer).toList();
    }

    /**
     * UNUSED → LOCKED by the order. Again for the same order: no change.
     *
     * @throws KaolaException PROMOTION_COUPON_NOT_FOUND (none, or another user's), PROMOTION_COUPON_NOT_USABLE
     *         (locked by another order, used, expired, not yet valid, or the order already holds another coupon)
     */
    public void lock(long userId, long couponId, String orderNo, Instant at) {
        Coupon coupon = coupons.coupon(couponId);
        if (coupon == null || coupon.userId() != userId) {
            throw PromotionError.COUPON_NOT_FOUND.exception("coupon " + couponId + " is not one of yours");
        }
        if (coupon.status() == CouponStatus.LOCKED && orderNo.equals(coupon.orderNo())) return;
        Coupon held = coupons.heldBy(orderNo);
        if (held != null && held.id() != couponId) {
            throw PromotionError.COUPON_NOT_USABLE.exception("order " + orderNo + " already holds coupon " + held.id());
        }
        String refusal = coupon.refusalAt(at);
        if (refusal != null) throw PromotionError.COUPON_NOT_USABLE.exception(refusal);
        Step<CouponStatus> step = CouponTransition.LOCK.decideFor(couponId, coupon.status());
        boolean moved;
        try {
            moved = coupons.move(couponId, step.from(), null, step.to(), orderNo);
        } catch (DuplicateKeyException e) {
            throw PromotionError.COUPON_NOT_USABLE.exception("order " + orderNo + " already holds another coupon");
        }
        if (moved) return;
        Coupon now = coupons.coupon(couponId);   // another order won the race, or this one's retry did
        if (now.status() == CouponStatus.LOCKED && orderNo.equals(now.orderNo())) return;
        throw PromotionError.COUPON_NOT_USABLE.exception(now.refusalAt(at));
    }

    /** LOCKED by the order → UNUSED (EXPIRED once lapsed). No coupon held by the order, or a USED one: no change. */
    public void release(String orderNo, Instant at) {
        Coupon coupon = coupons.heldBy(orderNo);
        if (coupon == null) return;
        moveHeld(coupon, CouponTransition.release(coupon.lapsedAt(at)), null, "released for order " + orderNo);
    }

    /** LOCKED by the order → USED. No coupon held by the order, or already USED by it: no change. */
    public void use(String orderNo, Instant at) {
        Coupon coupon = coupons.heldBy(orderNo);
        if (coupon == null) return;
        moveHeld(coupon, CouponTransition.USE, orderNo, "used by order " + orderNo);
    }

    /**
     * The paid order will not ship or came back (cancelled after payment, rejected by customs, refunded): its coupon
     * comes back to the user, USED → UNUSED (GIVE_BACK), or EXPIRED once its validity ended by {@code at}
     * (GIVE_BACK_LAPSED); a coupon still LOCKED by it is released. The move clears order_no, so a repeat finds no
     * coupon held by the order and changes nothing, also after the coupon was locked again by another order.
     * No coupon held by the order: no change. {@code CouponService.restore} and the CUSTOMS_REJECTED backstop
     * both come here.
     *
     * @param orderNo the order
     * @param at      when the order was cancelled; decides UNUSED or EXPIRED
     */
    public void giveBack(String orderNo, Instant at) {
        Coupon coupon = coupons.heldBy(orderNo);
        if (coupon == null) return;
        boolean lapsed = coupon.lapsedAt(at);
        CouponTransition t = coupon.status() == CouponStatus.LOCKED
                ? CouponTransition.release(lapsed) : CouponTransition.giveBack(lapsed);
        moveHeld(coupon, t, null, "given back for order " + orderNo);
    }

    private void moveHeld(Coupon coupon, CouponTransition transition, String newOrderNo, String what) {
        Step<CouponStatus> step = transition.decideFor(coupon.id(), coupon.status());
        if (!step.moves()) return;
        if (coupons.move(coupon.id(), step.from(), coupon.orderNo(), step.to(), newOrderNo)) {
            log.info("coupon {} {} → {}: {}", coupon.id(), step.from(), step.to(), what);
        }
    }
}
