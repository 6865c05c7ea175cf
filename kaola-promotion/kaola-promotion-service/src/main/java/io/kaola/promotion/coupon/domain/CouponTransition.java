package io.kaola.promotion.coupon.domain;

import io.kaola.common.state.StateMachine;
import io.kaola.common.state.Step;
import io.kaola.common.state.Transition;
import io.kaola.promotion.api.CouponStatus;
import io.kaola.promotion.api.PromotionError;

import java.util.Set;

import static io.kaola.promotion.api.CouponStatus.EXPIRED;
import static io.kaola.promotion.api.CouponStatus.LOCKED;
import static io.kaola.promotion.api.CouponStatus.UNUSED;
import static io.kaola.promotion.api.CouponStatus.USED;

/**
 * Every legal move of a shopper's coupon ({@link #LIFECYCLE}).
 * <pre>
 *   UNUSED --LOCK--> LOCKED --USE--> USED                 (the order was paid)
 *     |                |  \--RELEASE--> UNUSED            (cancelled, unpaid timeout; still valid)
 *     |                \----RELEASE_LAPSED--> EXPIRED     (same, but its validity ended meanwhile)
 *     \--EXPIRE--> EXPIRED                                (its validity ended while unused)
 *   USED --GIVE_BACK--> UNUSED / --GIVE_BACK_LAPSED--> EXPIRED   (customs rejected the paid order)
 * </pre>
 * The repository writes each move as {@code UPDATE coupon SET status = to WHERE id = ? AND status = from}, so two
 * orders racing for one coupon cannot both lock it. Which order holds a LOCKED coupon is checked by the use case
 * (the table knows statuses only): locking again for the same order is a no-op there.
 */
public enum CouponTransition implements Transition<CouponStatus> {
    LOCK(LOCKED, UNUSED),
    USE(USED, LOCKED),
    RELEASE(UNUSED, LOCKED),
    RELEASE_LAPSED(EXPIRED, LOCKED),
    EXPIRE(EXPIRED, UNUSED),
    GIVE_BACK(UNUSED, USED),
    GIVE_BACK_LAPSED(EXPIRED, USED);

    /**
     * The coupon's table: the moves above; every repeat stays; a release or give-back that finds the coupon already
     * back (UNUSED or EXPIRED) stays, as does a release of a USED coupon (only a give-back returns a used one) and an
     * expiry of a LOCKED or USED one (its order decides); LOCK of a coupon that is not UNUSED is
     * PROMOTION_COUPON_NOT_USABLE; every other pair is PROMOTION_ILLEGAL_TRANSITION.
     */
    public static final StateMachine<CouponStatus, CouponTransition> LIFECYCLE =
            StateMachine.of(CouponStatus.class, CouponTransition.class)
                    .refusedWith(PromotionError.ILLEGAL_TRANSITION)
                    .repeatsStay()
                    .refuse(LOCK, LOCKED, PromotionError.COUPON_NOT_USABLE, "it is locked by another order")
                    .refuse(LOCK, USED, PromotionError.COUPON_NOT_USABLE, "it has been used")
                    .refuse(LOCK, EXPIRED, PromotionError.COUPON_NOT_USABLE, "it has expired")
                    .stay(RELEASE, EXPIRED, "already released (lapsed)")
                    .stay(RELEASE, USED, "a used coupon comes back only with a give-back")
                    .stay(RELEASE_LAPSED, UNUSED, "already released")
                    .stay(RELEASE_LAPSED, USED, "a used coupon comes back only with a give-back")
                    .stay(EXPIRE, LOCKED, "its order decides: released or used")
                    .stay(EXPIRE, USED, "used before it lapsed")
                    .stay(GIVE_BACK, EXPIRED, "already given back (lapsed)")
                    .stay(GIVE_BACK_LAPSED, UNUSED, "already given back")
                    .build();

    private final CouponStatus to;
    private final Set<CouponStatus> from;

    CouponTransition(CouponStatus to, CouponStatus... from) {
        this.to = to;
        this.from = Set.of(from);
    }

    /** @return the status this transition leaves the coupon in */
    @Override public CouponStatus target() { return to; }

    /** @return the statuses this transition moves from */
    @Override public Set<CouponStatus> sources() { return from; }

    /**
     * Decides this transition for one coupon ({@link #LIFECYCLE}).
     *
     * @param couponId the coupon, named in a refusal's message
     * @param current  its status
     * @return the step: a move (write {@code to} guarded by {@code from}) or a stay (change nothing)
     * @throws io.kaola.common.error.KaolaException PROMOTION_COUPON_NOT_USABLE (LOCK of a coupon not UNUSED),
     *         PROMOTION_ILLEGAL_TRANSITION (e.g. USE of an UNUSED coupon)
     */
    public Step<CouponStatus> decideFor(long couponId, CouponStatus current) {
        Step<CouponStatus> step = LIFECYCLE.decide(current, this);
        if (step.refused()) throw step.refusal().exception("coupon " + couponId + " cannot be used: " + step.reason());
        return step;
    }

    /** @return RELEASE while the coupon is still valid at {@code at}, RELEASE_LAPSED once its validity ended */
    public static CouponTransition release(boolean lapsed) { return lapsed ? RELEASE_LAPSED : RELEASE; }

    /** @return GIVE_BACK while the coupon is still valid, GIVE_BACK_LAPSED once its validity ended */
    public static CouponTransition giveBack(boolean lapsed) { return lapsed ? GIVE_BACK_LAPSED : GIVE_BACK; }
}
