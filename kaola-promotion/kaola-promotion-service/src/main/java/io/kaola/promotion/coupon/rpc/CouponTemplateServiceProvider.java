package io.kaola.promotion.coupon.rpc;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.promotion.api.CouponTemplateService;
import io.kaola.promotion.api.CouponTemplateView;
import io.kaola.promotion.api.CouponView;
import io.kaola.promotion.api.CreateCouponTemplateRequest;
import io.kaola.promotion.api.GrantRequest;
import io.kaola.promotion.api.GrantView;
import io.kaola.promotion.coupon.application.ClaimCoupon;
import io.kaola.promotion.coupon.application.CreateCouponTemplate;
import io.kaola.promotion.coupon.domain.CouponRepository;
import io.kaola.promotion.coupon.application.StartGrant;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.annotation.Method;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Dubbo face of templates, claims and grants (callable by the gateway). */
@DubboService(timeout = 3000, methods = {
        @Method(name = "claimableTemplates", timeout = 2000, retries = 2),
        @Method(name = "coupons", timeout = 2000, retries = 2),
        @Method(name = "grantProgress", timeout = 2000, retries = 2),
        @Method(name = "grant", timeout = 10000)})   // 10,000 users are written in one transaction
public class CouponTemplateServiceProvider implements CouponTemplateService {
    private final CreateCouponTemplate templates;
    private final ClaimCoupon claims;
    private final CouponRepository coupons;
    private final StartGrant grants;
    private final Clock clock;

    public CouponTemplateServiceProvider(CreateCouponTemplate templates, ClaimCoupon claims, CouponRepository coupons,
                                         StartGrant grants, Clock clock) {
        this.templates = templates;
        this.claims = claims;
        this.coupons = coupons;
        this.grants = grants;
        this.clock = clock;
    }

    @Override
    public CouponTemplateView createTemplate(CreateCouponTemplateRequest request) throws KaolaException {
        return CouponViews.of(templates.create(request, clock.instant()));
    }

    @Override
    public List<CouponTemplateView> claimableTemplates(Instant at) throws KaolaException {
        return templates.claimable(orNow(at)).stream().map(CouponViews::of).toList();
    }

    @Override
    public CouponView claim(long userId, long templateId, Instant at) throws KaolaException {
        Instant when = orNow(at);
        return CouponViews.of(claims.claim(userId, templateId, when), when);
    }

    @Override
    public List<CouponView> coupons(long userId, Instant at) throws KaolaException {
        Instant when = orNow(at);
        return coupons.couponsOf(userId).stream().map(c -> CouponViews.of(c, when)).toList();
    }

    @Override
    public GrantView grant(GrantRequest request) throws KaolaException {
        if (request == null) throw CommonError.INVALID_REQUEST.exception("a grant is required");
        return grants.start(request);
    }

    @Override
    public GrantView grantProgress(String grantId) throws KaolaException { return grants.progress(grantId); }

    private Instant orNow(Instant at) { return at == null ? clock.instant() : at; }
}
