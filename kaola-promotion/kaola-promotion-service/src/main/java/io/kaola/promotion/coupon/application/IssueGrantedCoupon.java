package io.kaola.promotion.coupon.application;

import io.kaola.common.error.KaolaException;
import io.kaola.promotion.api.CouponGrantRequested;
import io.kaola.promotion.api.PromotionError;
import io.kaola.promotion.coupon.domain.Coupon;
import io.kaola.promotion.coupon.domain.CouponRepository;
import io.kaola.promotion.coupon.domain.CouponTemplate;
import io.kaola.promotion.coupon.domain.GrantItemStatus;
import io.kaola.promotion.coupon.domain.GrantItemTransition;
import io.kaola.promotion.coupon.domain.GrantRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;

/**
 * Handles one user of a grant, once: issue the coupon (a repeat answers the coupon already issued to this grant
 * and user), then mark the user ISSUED; a refusal (per-user limit, template exhausted) marks it REFUSED with the
 * reason. A redelivery after either finds the user handled and changes nothing.
 */
@Service
public class IssueGrantedCoupon {
    private static final Logger log = LoggerFactory.getLogger(IssueGrantedCoupon.class);

    private final GrantRepository grants;
    private final CouponRepository coupons;
    private final IssueCoupon issue;
    private final Clock clock;

    public IssueGrantedCoupon(GrantRepository grants, CouponRepository coupons, IssueCoupon issue, Clock clock) {
        this.grants = grants;
        this.coupons = coupons;
        this.issue = issue;
        this.clock = clock;
    }

    /** @param message one user of a grant */
    public void handle(CouponGrantRequested message) {
        GrantItemStatus status = grants.status(message.grantId(), message.userId());
        if (status == null) {
            log.warn("grant {} has no user {}: message ignored", message.grantId(), message.userId());
            return;
        }
        if (!GrantItemTransition.LIFECYCLE.moves(status, GrantItemTransition.ISSUE)) return;   // handled before
        CouponTemplate template = coupons.template(message.templateId());
        try {
            if (template == null) {
                throw PromotionError.TEMPLATE_NOT_FOUND.exception("no coupon template " + message.templateId());
            }
            Coupon coupon = issue.issue(template, message.userId(), clock.instant(), message.grantId());
            grants.move(message.grantId(), message.userId(), GrantItemStatus.PENDING,
                    GrantItemTransition.ISSUE.target(), coupon.id(), null);
        } catch (KaolaException refused) {
            grants.move(message.grantId(), message.userId(), GrantItemStatus.PENDING,
                    GrantItemTransition.REFUSE.target(), null, refused.code() + ": " + refused.getMessage());
        }
    }
}
