package io.kaola.promotion.coupon.infrastructure;

import io.kaola.promotion.api.CouponKind;
import io.kaola.promotion.api.CouponStatus;
import io.kaola.promotion.coupon.domain.Coupon;
import io.kaola.promotion.coupon.domain.CouponRepository;
import io.kaola.promotion.coupon.domain.CouponTemplate;
import io.kaola.promotion.coupon.domain.CouponTerms;
import io.kaola.promotion.coupon.infrastructure.CouponMapper.CouponRow;
import io.kaola.promotion.coupon.infrastructure.CouponMapper.TemplateRow;
import io.kaola.promotion.shared.infrastructure.PromotionJson;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;

/** {@link CouponRepository} on MariaDB through {@link CouponMapper}. */
@Repository
public class MyBatisCouponRepository implements CouponRepository {
    private final CouponMapper mapper;
    private final PromotionJson json;

    public MyBatisCouponRepository(CouponMapper mapper, PromotionJson json) {
        this.mapper = mapper;
        this.json = json;
    }

    @Override
    public CouponTemplate createTemplate(CouponTemplate t) {
        CouponTerms terms = t.terms();
        CouponMapper.NewTemplate insert = new CouponMapper.NewTemplate(new TemplateRow(0, terms.name(),
                terms.kind().name(), terms.amountOff(), terms.percentOff(), terms.cap(), terms.threshold(),
                t.totalCount(), 0, t.perUserLimit(), t.validFrom(), t.validTo(), t.validDays(),
                json.scope(terms.scope()), t.claimable(), t.createdAt()));
        mapper.insertTemplate(insert);
        return template(insert.id);
    }

    @Override
    public CouponTemplate template(long templateId) {
        TemplateRow row = mapper.findTemplate(templateId);
        return row == null ? null : toTemplate(row);
    }

    @Override
    public List<CouponTemplate> claimableTemplates(Instant at) {
        return mapper.findClaimableTemplates(at).stream().map(this::toTemplate).toList();
    }

    @Override
    public boolean takeFromTemplate(long templateId) { return mapper.takeFromTemplate(templateId) == 1; }

    @Override
    public int heldFromTemplate(long templateId, long userId) { return mapper.countHeld(templateId, userId); }

    @Override
    public Long insertIntoSlot(Coupon c, int seq, String grantId) {
        CouponTerms terms = c.terms();
        CouponRow row = new CouponRow(0, c.templateId(), c.userId(), terms.name(), terms.kind().name(),
                terms.amountOff(), terms.percentOff(), terms.cap(), terms.threshold(), json.scope(terms.scope()),
                c.status().name(), c.validFrom(), c.validTo(), null, c.issuedAt());
        if (mapper.insertIntoSlot(row, seq, grantId) != 1) return null;
        return mapper.findIdBySlot(c.templateId(), c.userId(), seq);
    }

    @Override
    public Coupon coupon(long couponId) {
        CouponRow row = mapper.findCoupon(couponId);
        return row == null ? null : toCoupon(row);
    }

    @Override
    public Coupon issuedByGrant(String grantId, long userId) {
        CouponRow row = mapper.findByGrant(grantId, userId);
        return row == null ? null : toCoupon(row);
    }

    @Override
    public Coupon heldBy(String orderNo) {
        CouponRow row = mapper.findByOrderNo(orderNo);
        return row == null ? null : toCoupon(row);
    }

    @Override
    public List<Coupon> couponsOf(long userId) { return mapper.findByUser(userId).stream().map(this::toCoupon).toList(); }

    @Override
    public List<Coupon> usableCouponsOf(long userId, Instant at, int limit) {
        return mapper.findUsable(userId, at, limit).stream().map(this::toCoupon).toList();
    }

    @Override
    public boolean move(long couponId, CouponStatus from, String expectedOrderNo, CouponStatus to, String newOrderNo) {
        return mapper.move(couponId, from.name(), expectedOrderNo, to.name(), newOrderNo) == 1;
    }

    @Override
    public int expireLapsed(Instant at, int limit) { return mapper.expireLapsed(at, limit); }

    private CouponTemplate toTemplate(TemplateRow r) {
        CouponTerms terms = new CouponTerms(r.name(), CouponKind.valueOf(r.kind()), r.amountOffFen(), r.percentOff(),
                r.capFen(), r.thresholdFen(), json.scope(r.scopeJson()));
        return new CouponTemplate(r.id(), terms, r.totalCount(), r.issuedCount(), r.perUserLimit(), r.validFrom(),
                r.validTo(), r.validDays(), r.claimable(), r.createdAt());
    }

    private Coupon toCoupon(CouponRow r) {
        CouponTerms terms = new CouponTerms(r.name(), CouponKind.valueOf(r.kind()), r.amountOffFen(), r.percentOff(),
                r.capFen(), r.thresholdFen(), json.scope(r.scopeJson()));
        return new Coupon(r.id(), r.templateId(), r.userId(), terms, CouponStatus.valueOf(r.status()), r.validFrom(),
                r.validTo(), r.orderNo(), r.issuedAt());
    }
}
