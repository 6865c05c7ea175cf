package io.kaola.promotion.coupon.rpc;

import io.kaola.common.money.Money;
import io.kaola.promotion.api.CouponTemplateView;
import io.kaola.promotion.api.CouponView;
import io.kaola.promotion.coupon.domain.Coupon;
import io.kaola.promotion.coupon.domain.CouponTemplate;
import io.kaola.promotion.coupon.domain.CouponTerms;

import java.time.Instant;

/** Domain → API views of templates and coupons (amounts in CNY). */
final class CouponViews {
    private CouponViews() {}

    static CouponTemplateView of(CouponTemplate t) {
        CouponTerms terms = t.terms();
        return new CouponTemplateView(t.id(), terms.name(), terms.kind(), cny(terms.amountOff()), terms.percentOff(),
                cny(terms.cap()), cny(terms.threshold()), t.totalCount(), t.issuedCount(), t.perUserLimit(),
                t.validFrom(), t.validTo(), t.validDays(), terms.scope(), t.claimable(), t.createdAt());
    }

    static CouponView of(Coupon c, Instant at) {
        CouponTerms terms = c.terms();
        return new CouponView(c.id(), c.templateId(), c.userId(), terms.name(), terms.kind(), cny(terms.amountOff()),
                terms.percentOff(), cny(terms.cap()), cny(terms.threshold()), terms.scope(), c.statusAt(at),
                c.validFrom(), c.validTo(), c.orderNo(), c.issuedAt());
    }

    private static Money cny(Long fen) { return fen == null ? null : Money.cny(fen); }
}
