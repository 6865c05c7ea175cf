package io.kaola.promotion.coupon.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.common.test.TransitionTableCheck;
import io.kaola.promotion.api.PromotionError;
import org.junit.jupiter.api.Test;

import static io.kaola.promotion.api.CouponStatus.EXPIRED;
import static io.kaola.promotion.api.CouponStatus.LOCKED;
import static io.kaola.promotion.api.CouponStatus.UNUSED;
import static io.kaola.promotion.api.CouponStatus.USED;
import static io.kaola.promotion.coupon.domain.CouponTransition.EXPIRE;
import static io.kaola.promotion.coupon.domain.CouponTransition.GIVE_BACK;
import static io.kaola.promotion.coupon.domain.CouponTransition.GIVE_BACK_LAPSED;
import static io.kaola.promotion.coupon.domain.CouponTransition.LIFECYCLE;
import static io.kaola.promotion.coupon.domain.CouponTransition.LOCK;
import static io.kaola.promotion.coupon.domain.CouponTransition.RELEASE;
import static io.kaola.promotion.coupon.domain.CouponTransition.RELEASE_LAPSED;
import static io.kaola.promotion.coupon.domain.CouponTransition.USE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CouponTransitionTest {

    @Test
    void every_status_and_transition_pair_has_the_documented_outcome() {
        int pairs = TransitionTableCheck.of(LIFECYCLE, PromotionError.ILLEGAL_TRANSITION)
                // (none) is refused for every transition: coupons are created by an issue, not by a move
                .move(UNUSED, LOCK, LOCKED)
                .refuse(LOCKED, LOCK, PromotionError.COUPON_NOT_USABLE)     // one coupon, one order
                .refuse(USED, LOCK, PromotionError.COUPON_NOT_USABLE)
                .refuse(EXPIRED, LOCK, PromotionError.COUPON_NOT_USABLE)
                .move(LOCKED, USE, USED)
                .stay(USED, USE)                                            // a repeated payment notice
                .move(LOCKED, RELEASE, UNUSED)
                .stay(UNUSED, RELEASE)
                .stay(EXPIRED, RELEASE)
                .stay(USED, RELEASE)                                        // only a give-back returns a used coupon
                .move(LOCKED, RELEASE_LAPSED, EXPIRED)
                .stay(UNUSED, RELEASE_LAPSED)
                .stay(EXPIRED, RELEASE_LAPSED)
                .stay(USED, RELEASE_LAPSED)
                .move(UNUSED, EXPIRE, EXPIRED)
                .stay(EXPIRED, EXPIRE)
                .stay(LOCKED, EXPIRE)                                       // its order decides
                .stay(USED, EXPIRE)
                .move(USED, GIVE_BACK, UNUSED)
                .stay(UNUSED, GIVE_BACK)
                .stay(EXPIRED, GIVE_BACK)
                .move(USED, GIVE_BACK_LAPSED, EXPIRED)
                .stay(EXPIRED, GIVE_BACK_LAPSED)
                .stay(UNUSED, GIVE_BACK_LAPSED)
                // refused by default: USE of an UNUSED or EXPIRED coupon, GIVE_BACK(_LAPSED) of a LOCKED one
                .verify();
        assertThat(pairs).isEqualTo(35);
    }

    @Test
    void locking_a_coupon_another_order_holds_names_the_coupon_and_why() {
        assertThatThrownBy(() -> LOCK.decideFor(42, LOCKED))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PromotionError.COUPON_NOT_USABLE)).isTrue())
                .hasMessageContaining("coupon 42")
                .hasMessageContaining("locked by another order");
    }

    @Test
    void release_and_give_back_pick_the_lapsed_move_once_validity_ended() {
        assertThat(CouponTransition.release(false)).isEqualTo(RELEASE);
        assertThat(CouponTransition.release(true)).isEqualTo(RELEASE_LAPSED);
        assertThat(CouponTransition.giveBack(false)).isEqualTo(GIVE_BACK);
        assertThat(CouponTransition.giveBack(true)).isEqualTo(GIVE_BACK_LAPSED);
    }
}
