package io.kaola.promotion.coupon.application;

import io.kaola.common.error.KaolaException;
import io.kaola.promotion.api.CouponStatus;
import io.kaola.promotion.api.PromotionError;
import io.kaola.promotion.coupon.domain.Coupon;
import io.kaola.promotion.coupon.domain.CouponRepository;
import io.kaola.promotion.coupon.domain.CouponTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;

/**
 * Issues one coupon of a template to a user, for a claim or a grant. Race-safe without count-then-insert:
 * <ol>
 *   <li>the total count: {@code UPDATE coupon_template SET issued_count = issued_count + 1 WHERE id = ? AND
 *       issued_count < total_count}, which the database evaluates under the template's row lock;</li>
 *   <li>the per-user limit: the coupon goes into the user's next free slot {@code seq} in 1..perUserLimit, and the
 *       unique key (template_id, user_id, seq) refuses a second coupon in one slot.</li>
 * </ol>
 * Both happen in one transaction: a user at the limit rolls back the count taken in step 1. A grant issues each of
 * its users at most one coupon: a repeat answers the coupon it issued (unique key (grant_id, user_id) behind it).
 */
@Service
public class IssueCoupon {
    private final CouponRepository coupons;
    private final TransactionTemplate tx;

    public IssueCoupon(CouponRepository coupons, TransactionTemplate tx) {
        this.coupons = coupons;
        this.tx = tx;
    }

    /**
     * @param template the template (as read; its counts are re-checked by the guarded writes)
     * @param userId   the user
     * @param at       the time of issue (starts a validDays validity)
     * @param grantId  the grant issuing it, or null for a shopper's claim
     * @return the new coupon, UNUSED (for a grant already handled: the coupon it issued)
     * @throws KaolaException PROMOTION_TEMPLATE_EXHAUSTED, PROMOTION_CLAIM_LIMIT_REACHED; nothing is written then
     */
    public Coupon issue(CouponTemplate template, long userId, Instant at, String grantId) {
        CouponTemplate.Validity validity = template.validityFor(at);
        return tx.execute(status -> {
            if (!coupons.takeFromTemplate(template.id())) {
                throw PromotionError.TEMPLATE_EXHAUSTED.exception("every coupon of template " + template.id() + " has been issued");
            }
            if (grantId != null) {
                // a redelivered grant message: under the template's row lock, so the check cannot race
                Coupon already = coupons.issuedByGrant(grantId, userId);
                if (already != null) {
                    status.setRollbackOnly();   // give back the count taken above
                    return already;
                }
            }
            Coupon fresh = new Coupon(0, template.id(), userId, template.terms(), CouponStatus.UNUSED,
                    validity.from(), validity.to(), null, at);
            // where to start looking; the unique slot, not this count, is what holds the limit
            int held = coupons.heldFromTemplate(template.id(), userId);
            for (int seq = held + 1; seq <= template.perUserLimit(); seq++) {
                Long id = coupons.insertIntoSlot(fresh, seq, grantId);
                if (id != null) {
                    return new Coupon(id, fresh.templateId(), userId, fresh.terms(), fresh.status(), fresh.validFrom(),
                            fresh.validTo(), null, at);
                }
            }
            throw PromotionError.CLAIM_LIMIT_REACHED.exception("user " + userId + " already holds "
                    + template.perUserLimit() + " coupon(s) of template " + template.id() + ", the most one user may");
        });
    }
}
