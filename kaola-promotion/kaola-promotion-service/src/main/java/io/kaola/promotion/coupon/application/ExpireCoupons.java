package io.kaola.promotion.coupon.application;

import io.kaola.promotion.coupon.domain.CouponRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;

/**
 * UNUSED coupons whose validity ended become EXPIRED (CouponTransition.EXPIRE, guarded by UNUSED). Shoppers already
 * see a lapsed coupon as EXPIRED before this runs; the sweep makes the table say so too.
 */
@Service
public class ExpireCoupons {
    private static final Logger log = LoggerFactory.getLogger(ExpireCoupons.class);
    private static final int BATCH = 1000;

    private final CouponRepository coupons;
    private final Clock clock;

    public ExpireCoupons(CouponRepository coupons, Clock clock) {
        this.coupons = coupons;
        this.clock = clock;
    }

    /** @return how many coupons were marked EXPIRED */
    public int expireLapsed() {
        int total = 0;
        for (int n; (n = coupons.expireLapsed(clock.instant(), BATCH)) > 0; ) {
            total += n;
            if (n < BATCH) break;
        }
        if (total > 0) log.info("{} lapsed coupon(s) marked EXPIRED", total);
        return total;
    }
}
