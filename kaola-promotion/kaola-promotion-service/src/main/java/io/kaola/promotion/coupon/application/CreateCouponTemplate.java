package io.kaola.promotion.coupon.application;

import io.kaola.common.error.KaolaException;
import io.kaola.promotion.api.CreateCouponTemplateRequest;
import io.kaola.promotion.coupon.domain.CouponRepository;
import io.kaola.promotion.coupon.domain.CouponTemplate;
import io.kaola.promotion.coupon.domain.CouponTemplateRules;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;

/** Ops define coupon templates; shoppers list the claimable ones. */
@Service
public class CreateCouponTemplate {
    private final CouponRepository coupons;

    public CreateCouponTemplate(CouponRepository coupons) { this.coupons = coupons; }

    /**
     * @return the stored template
     * @throws KaolaException PROMOTION_INVALID_TEMPLATE naming the field ({@link CouponTemplateRules})
     */
    public CouponTemplate create(CreateCouponTemplateRequest request, Instant now) {
        return coupons.createTemplate(CouponTemplateRules.validate(request, now));
    }

    /** @return templates a shopper may claim at {@code at}, newest first */
    public List<CouponTemplate> claimable(Instant at) { return coupons.claimableTemplates(at); }
}
