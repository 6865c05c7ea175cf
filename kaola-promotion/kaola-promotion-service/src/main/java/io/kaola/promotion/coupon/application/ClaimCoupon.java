package io.kaola.promotion.coupon.application;

import io.kaola.common.error.KaolaException;
import io.kaola.promotion.api.PromotionError;
import io.kaola.promotion.coupon.domain.Coupon;
import io.kaola.promotion.coupon.domain.CouponRepository;
import io.kaola.promotion.coupon.domain.CouponTemplate;
import org.springframework.stereotype.Service;

import java.time.Instant;

/** A shopper claims a coupon of a claimable template. */
@Service
public class ClaimCoupon {
    private final CouponRepository coupons;
    private final IssueCoupon issue;

    public ClaimCoupon(CouponRepository coupons, IssueCoupon issue) {
        this.coupons = coupons;
        this.issue = issue;
    }

    /**
     * @return the new coupon, UNUSED
     * @throws KaolaException PROMOTION_TEMPLATE_NOT_FOUND, PROMOTION_TEMPLATE_NOT_CLAIMABLE (granted by ops only, or its
     *         validity is over), PROMOTION_TEMPLATE_EXHAUSTED, PROMOTION_CLAIM_LIMIT_REACHED
     */
    public Coupon claim(long userId, long templateId, Instant at) {
        CouponTemplate template = coupons.template(templateId);
        if (template == null) throw PromotionError.TEMPLATE_NOT_FOUND.exception("no coupon template " + templateId);
        if (!template.claimable()) {
            throw PromotionError.TEMPLATE_NOT_CLAIMABLE.exception("coupon template " + templateId + " is issued by ops only");
        }
        if (!template.issuableAt(at)) {
            throw PromotionError.TEMPLATE_NOT_CLAIMABLE.exception("coupon template " + templateId
                    + " is no longer valid (until " + template.validTo() + ")");
        }
        return issue.issue(template, userId, at, null);
    }
}
