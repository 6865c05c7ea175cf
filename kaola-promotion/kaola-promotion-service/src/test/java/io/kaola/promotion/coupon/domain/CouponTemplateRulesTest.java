package io.kaola.promotion.coupon.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.pricing.api.PromotionOffer;
import io.kaola.pricing.api.PromotionScope;
import io.kaola.promotion.api.CouponKind;
import io.kaola.promotion.api.CouponStatus;
import io.kaola.promotion.api.CreateCouponTemplateRequest;
import io.kaola.promotion.api.PromotionError;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every template type, the validity of the coupons they issue, and what a coupon refuses and offers. */
class CouponTemplateRulesTest {
    private static final Instant NOW = Instant.parse("2026-12-03T04:00:00Z");
    private static final Instant END = Instant.parse("2026-12-31T16:00:00Z");

    @Test
    void an_amount_off_threshold_coupon_with_fixed_dates_offers_its_amount_above_its_threshold() {
        CouponTemplate t = CouponTemplateRules.validate(amountOff(2000, 19900), NOW);
        assertThat(t.validityFor(NOW)).isEqualTo(new CouponTemplate.Validity(NOW, END));
        Coupon c = issued(t, 11);
        assertThat(c.offer()).isEqualTo(PromotionOffer.amountOffCoupon("11", "20 off 199", Money.cny(2000),
                Money.cny(19900), PromotionScope.ALL));
    }

    @Test
    void a_percent_off_coupon_with_a_cap_valid_n_days_after_claim_starts_at_the_claim() {
        CouponTemplate t = CouponTemplateRules.validate(new CreateCouponTemplateRequest("15% off, at most 30", CouponKind.PERCENT_OFF,
                null, 15, Money.cny(3000), null, 100, 1, null, null, 7, new PromotionScope(Set.of(5L), Set.of("cheese")), true), NOW);
        Instant claimed = NOW.plus(Duration.ofHours(3));
        assertThat(t.validityFor(claimed)).isEqualTo(new CouponTemplate.Validity(claimed, claimed.plus(Duration.ofDays(7))));
        assertThat(t.issuableAt(NOW.plus(Duration.ofDays(400)))).as("relative validity: claimable any time").isTrue();
        assertThat(issued(t, 12).offer()).isEqualTo(PromotionOffer.percentOffCoupon("12", "15% off, at most 30", 15,
                Money.cny(3000), null, new PromotionScope(Set.of(5L), Set.of("cheese"))));
    }

    @Test
    void a_coupon_not_yet_valid_expired_or_held_says_why() {
        Instant later = NOW.plus(Duration.ofDays(2));
        CouponTemplate t = CouponTemplateRules.validate(new CreateCouponTemplateRequest("later", CouponKind.AMOUNT_OFF,
                Money.cny(500), 0, null, null, 10, 1, later, END, null, null, true), NOW);
        Coupon c = issued(t, 13);
        assertThat(c.validFrom()).isEqualTo(later);
        assertThat(c.refusalAt(NOW)).isEqualTo("coupon 13 is valid from " + later);
        assertThat(c.refusalAt(later)).isNull();
        assertThat(c.refusalAt(END)).isEqualTo("coupon 13 expired at " + END);
        assertThat(c.statusAt(END)).isEqualTo(CouponStatus.EXPIRED);
        Coupon locked = new Coupon(13, t.id(), 9, c.terms(), CouponStatus.LOCKED, c.validFrom(), c.validTo(), "K1", NOW);
        assertThat(locked.refusalAt(later)).isEqualTo("coupon 13 is locked by another order");
        assertThat(locked.statusAt(END)).as("a locked coupon stays locked until its order decides").isEqualTo(CouponStatus.LOCKED);
    }

    @Test
    void templates_that_break_a_rule_are_refused_naming_the_field() {
        assertInvalid(new CreateCouponTemplateRequest(" ", CouponKind.AMOUNT_OFF, Money.cny(1), 0, null, null, 1, 1, null, END, null, null, true), "name");
        assertInvalid(new CreateCouponTemplateRequest("x", null, Money.cny(1), 0, null, null, 1, 1, null, END, null, null, true), "kind");
        assertInvalid(new CreateCouponTemplateRequest("x", CouponKind.AMOUNT_OFF, null, 0, null, null, 1, 1, null, END, null, null, true), "amountOff");
        assertInvalid(new CreateCouponTemplateRequest("x", CouponKind.AMOUNT_OFF, Money.cny(0), 0, null, null, 1, 1, null, END, null, null, true), "amountOff");
        assertInvalid(new CreateCouponTemplateRequest("x", CouponKind.AMOUNT_OFF, new Money(100, "USD"), 0, null, null, 1, 1, null, END, null, null, true), "CNY");
        assertInvalid(new CreateCouponTemplateRequest("x", CouponKind.AMOUNT_OFF, Money.cny(1), 0, Money.cny(5), null, 1, 1, null, END, null, null, true), "cap");
        assertInvalid(new CreateCouponTemplateRequest("x", CouponKind.PERCENT_OFF, null, 100, null, null, 1, 1, null, END, null, null, true), "percentOff");
        assertInvalid(new CreateCouponTemplateRequest("x", CouponKind.PERCENT_OFF, null, 0, null, null, 1, 1, null, END, null, null, true), "percentOff");
        assertInvalid(new CreateCouponTemplateRequest("x", CouponKind.PERCENT_OFF, Money.cny(1), 10, null, null, 1, 1, null, END, null, null, true), "amountOff");
        assertInvalid(new CreateCouponTemplateRequest("x", CouponKind.AMOUNT_OFF, Money.cny(1), 0, null, Money.cny(-1), 1, 1, null, END, null, null, true), "threshold");
        assertInvalid(new CreateCouponTemplateRequest("x", CouponKind.AMOUNT_OFF, Money.cny(1), 0, null, null, 0, 1, null, END, null, null, true), "totalCount");
        assertInvalid(new CreateCouponTemplateRequest("x", CouponKind.AMOUNT_OFF, Money.cny(1), 0, null, null, 1, 0, null, END, null, null, true), "perUserLimit");
        assertInvalid(new CreateCouponTemplateRequest("x", CouponKind.AMOUNT_OFF, Money.cny(1), 0, null, null, 1, 1, null, END, 3, null, true), "exactly one");
        assertInvalid(new CreateCouponTemplateRequest("x", CouponKind.AMOUNT_OFF, Money.cny(1), 0, null, null, 1, 1, null, null, null, null, true), "exactly one");
        assertInvalid(new CreateCouponTemplateRequest("x", CouponKind.AMOUNT_OFF, Money.cny(1), 0, null, null, 1, 1, null, null, 366, null, true), "validDays");
        assertInvalid(new CreateCouponTemplateRequest("x", CouponKind.AMOUNT_OFF, Money.cny(1), 0, null, null, 1, 1, null, NOW, null, null, true), "validTo");
        assertInvalid(new CreateCouponTemplateRequest("x", CouponKind.AMOUNT_OFF, Money.cny(1), 0, null, null, 1, 1, END, END, null, null, true), "validTo");
        assertInvalid(new CreateCouponTemplateRequest("x", CouponKind.AMOUNT_OFF, Money.cny(1), 0, null, null, 1, 1, null, END, null,
                PromotionScope.skus(Set.of("SKU-1")), true), "scope.skuCodes");
    }

    private static CreateCouponTemplateRequest amountOff(long fen, long thresholdFen) {
        return new CreateCouponTemplateRequest("20 off 199", CouponKind.AMOUNT_OFF, Money.cny(fen), 0, null,
                Money.cny(thresholdFen), 100, 2, null, END, null, null, true);
    }

    private static Coupon issued(CouponTemplate t, long id) {
        CouponTemplate.Validity v = t.validityFor(NOW);
        return new Coupon(id, t.id(), 9, t.terms(), CouponStatus.UNUSED, v.from(), v.to(), null, NOW);
    }

    private static void assertInvalid(CreateCouponTemplateRequest request, String field) {
        assertThatThrownBy(() -> CouponTemplateRules.validate(request, NOW))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PromotionError.INVALID_TEMPLATE)).isTrue())
                .hasMessageContaining(field);
    }
}
