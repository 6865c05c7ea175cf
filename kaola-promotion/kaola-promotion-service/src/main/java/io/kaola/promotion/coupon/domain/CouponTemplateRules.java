package io.kaola.promotion.coupon.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.pricing.api.PromotionScope;
import io.kaola.promotion.api.CouponKind;
import io.kaola.promotion.api.CreateCouponTemplateRequest;
import io.kaola.promotion.api.PromotionError;

import java.time.Instant;

/**
 * What ops may define as a coupon template (docs/promotions.md, "Coupons"). Every refusal is
 * PROMOTION_INVALID_TEMPLATE with a message naming the field.
 */
public final class CouponTemplateRules {
    /** Most coupons one template may issue. */
    public static final int MAX_TOTAL_COUNT = 10_000_000;
    /** Most coupons of one template one user may hold. */
    public static final int MAX_PER_USER_LIMIT = 100;
    /** Longest relative validity, days. */
    public static final int MAX_VALID_DAYS = 365;
    /** Largest amount a coupon may take off or require, fen (1,000,000.00 CNY). */
    public static final long MAX_AMOUNT_FEN = 100_000_000L;

    private CouponTemplateRules() {}

    /**
     * @param request ops' request
     * @param now     the current time (a fixed validity must end after it)
     * @return the template to store (id 0, nothing issued)
     * @throws KaolaException PROMOTION_INVALID_TEMPLATE naming the first field that breaks a rule
     */
    public static CouponTemplate validate(CreateCouponTemplateRequest request, Instant now) {
        if (request == null) throw invalid("a template is required");
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 64) throw invalid("name must be 1–64 characters");
        if (request.kind() == null) throw invalid("kind must be AMOUNT_OFF or PERCENT_OFF");
        Long amountOff = null;
        Long cap = null;
        int percentOff = 0;
        if (request.kind() == CouponKind.AMOUNT_OFF) {
            amountOff = positive("amountOff", request.amountOff());
            if (amountOff == null) throw invalid("amountOff is required for an AMOUNT_OFF coupon");
            if (request.percentOff() != 0) throw invalid("percentOff is only for PERCENT_OFF coupons");
            if (request.cap() != null) throw invalid("cap is only for PERCENT_OFF coupons");
        } else {
            if (request.percentOff() < 1 || request.percentOff() > 99) throw invalid("percentOff must be 1–99");
            percentOff = request.percentOff();
            if (request.amountOff() != null) throw invalid("amountOff is only for AMOUNT_OFF coupons");
            cap = positive("cap", request.cap());
        }
        Long threshold = positive("threshold", request.threshold());
        if (request.totalCount() < 1 || request.totalCount() > MAX_TOTAL_COUNT) {
            throw invalid("totalCount must be 1–" + MAX_TOTAL_COUNT);
        }
        if (request.perUserLimit() < 1 || request.perUserLimit() > MAX_PER_USER_LIMIT) {
            throw invalid("perUserLimit must be 1–" + MAX_PER_USER_LIMIT);
        }
        if ((request.validTo() == null) == (request.validDays() == null)) {
            throw invalid("exactly one of validTo and validDays is required");
        }
        if (request.validDays() != null && (request.validDays() < 1 || request.validDays() > MAX_VALID_DAYS)) {
            throw invalid("validDays must be 1–" + MAX_VALID_DAYS);
        }
        if (request.validTo() != null) {
            if (!request.validTo().isAfter(now)) throw invalid("validTo must be in the future");
            if (request.validFrom() != null && !request.validTo().isAfter(request.validFrom())) {
                throw invalid("validTo must be after validFrom");
            }
        }
        PromotionScope scope = request.scope() == null ? PromotionScope.ALL : request.scope();
        if (!scope.skuCodes().isEmpty()) {
            throw invalid("scope.skuCodes is for activities; a coupon's scope is SPUs or categories (or everything)");
        }
        CouponTerms terms = new CouponTerms(name, request.kind(), amountOff, percentOff, cap, threshold, scope);
        return new CouponTemplate(0, terms, request.totalCount(), 0, request.perUserLimit(), request.validFrom(),
                request.validTo(), request.validDays(), request.claimable(), now);
    }

    private static Long positive(String field, Money money) {
        if (money == null) return null;
        if (!Money.CNY.equals(money.currency())) throw invalid(field + " must be in CNY");
        if (money.minor() <= 0 || money.minor() > MAX_AMOUNT_FEN) {
            throw invalid(field + " must be more than 0 and at most " + Money.cny(MAX_AMOUNT_FEN));
        }
        return money.minor();
    }

    private static KaolaException invalid(String detail) {
        return PromotionError.INVALID_TEMPLATE.exception(detail);
    }
}
