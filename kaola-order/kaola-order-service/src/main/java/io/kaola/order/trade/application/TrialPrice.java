package io.kaola.order.trade.application;

import io.kaola.common.error.CrossBorderError;
import io.kaola.common.error.KaolaException;
import io.kaola.order.api.PlaceOrderRequest;
import io.kaola.order.api.PriceTrial;
import io.kaola.order.api.PriceTrialRequest;
import io.kaola.order.trade.domain.CheckoutRules;
import io.kaola.order.trade.domain.PlaceOrderRules;
import io.kaola.pricing.api.CouponOutcome;
import io.kaola.pricing.api.PriceQuote;
import io.kaola.promotion.api.PromotionError;
import io.kaola.product.api.SkuSnapshot;
import io.kaola.user.api.QuotaView;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The price trial (试算): what {@link PlaceOrder} would charge and whether it would accept the cart, without
 * writing or reserving anything. Its checks run in the order placeOrder runs them, and the first refusal is the
 * one reported: buyer not verified → SKU not on sale / not on the positive list → per-transaction limit →
 * annual quota → the coupon (refused by kaola-promotion, or taking nothing off). The coupon's outcome is reported
 * either way ({@link PriceTrial#coupon()}); the trial locks nothing.
 * <p>The annual test uses the dutiable value only: whether tax counts too is kaola-user's setting
 * ({@code kaola.quota.count-tax}, default false), which the quota view does not expose. With count-tax on, an
 * order may still be refused at placement although its trial said orderable.
 */
@Service
public class TrialPrice {
    /** The calendar year of the quota, as kaola-user counts it (docs/cross-border.md §1). */
    static final ZoneId QUOTA_ZONE = ZoneId.of("Asia/Shanghai");

    private final IdentityClient identities;
    private final CatalogClient catalog;
    private final PricingClient pricing;
    private final QuotaClient quotas;
    private final Clock clock;
    private final CheckoutPromotions promotions;

    public TrialPrice(IdentityClient identities, CatalogClient catalog, PricingClient pricing, QuotaClient quotas,
                      Clock clock, CheckoutPromotions promotions) {
        this.promotions = promotions;
        this.identities = identities;
        this.catalog = catalog;
        this.pricing = pricing;
        this.quotas = quotas;
        this.clock = clock;
    }

    /**
     * @return the explained quote, the buyer's quota in the year of the pricing date (today when null; null
     *         when the buyer is not verified), and orderable or the refusal's code, message and details
     * @throws KaolaException ORDER_INVALID_ORDER; from neighbours, unchanged: PRODUCT_UNKNOWN_SKU,
     *         PRODUCT_SKU_NOT_ON_SALE (a SKU without a price), PRICING_NO_FX_RATE, PRICING_UNKNOWN_TAX_CATEGORY,
     *         CROSSBORDER_TAX_CATEGORY_BLOCKED
     */
    public PriceTrial trial(PriceTrialRequest request) {
        PlaceOrderRules.checkTrial(request);
        List<SkuSnapshot> skus = catalog.requireSkus(request.lines().stream().map(PlaceOrderRequest.Line::skuCode).toList());
        CheckoutPromotions.Resolved offers = promotions.resolve(request.buyerId(), request.couponId(), clock.instant());
        PriceQuote quote = pricing.explain(CheckoutQuotes.request(request.lines(), skus, request.pricingDate(),
                request.warehouseCode(), offers.activities(), offers.coupon()));
        CouponOutcome coupon = offers.refused() != null ? offers.refused() : quote.coupon();

        Optional<KaolaException> notVerified = verification(request.buyerId());
        QuotaView quota = notVerified.isPresent() ? null : quotas.getQuota(request.buyerId(), quotaYear(request));
        Optional<KaolaException> refusal = notVerified
                .or(() -> CheckoutRules.unsellable(skus))
                .or(() -> CheckoutRules.overTransactionLimit(quote))
                .or(() -> CheckoutRules.overAnnualQuota(quota, quote.dutiableValue()));
        return refusal
                .or(() -> couponRefusal(offers, quote))
                .map(e -> new PriceTrial(quote, quota, false, e.code(), e.getMessage(), new LinkedHashMap<>(e.details()),
                        coupon))
                .orElseGet(() -> new PriceTrial(quote, quota, true, null, null, new LinkedHashMap<>(), coupon));
    }

    /** A refused coupon refuses the order, as {@link PlaceOrder} would: kaola-promotion's refusal, then kaola-pricing's. */
    private static Optional<KaolaException> couponRefusal(CheckoutPromotions.Resolved offers, PriceQuote quote) {
        if (offers.refused() != null) {
            return Optional.of(PromotionError.COUPON_NOT_USABLE.exception(offers.refused().reason())
                    .with("couponId", offers.refused().couponId()));
        }
        return CheckoutRules.couponNotApplied(quote);
    }

    /** @return the refusal when the buyer is not verified, empty when verified */
    private Optional<KaolaException> verification(long buyerId) {
        try {
            identities.requireVerifiedBuyer(buyerId);
            return Optional.empty();
        } catch (KaolaException e) {
            if (e.is(CrossBorderError.BUYER_NOT_VERIFIED)) return Optional.of(e);
            throw e;
        }
    }

    private int quotaYear(PriceTrialRequest request) {
        LocalDate day = request.pricingDate() != null ? request.pricingDate() : LocalDate.now(clock.withZone(QUOTA_ZONE));
        return day.getYear();
    }
}
