package io.kaola.order.api;

import io.kaola.pricing.api.CouponOutcome;
import io.kaola.pricing.api.PriceQuote;
import io.kaola.user.api.QuotaView;

import java.io.Serializable;
import java.util.Map;

/**
 * The result of a price trial.
 *
 * @param quote          the full price with every step explained ({@code quote.steps()})
 * @param quota          the buyer's annual quota before this cart (null when the buyer is not verified)
 * @param orderable      true when placing this cart now would pass every cross-border check
 * @param refusalCode    the code an order would be refused with (e.g. CROSSBORDER_OVER_ANNUAL_LIMIT), null when orderable
 * @param refusalDetail  the refusal's message, null when orderable
 * @param refusalDetails the refusal's extension members (limit, amountCny, remainingCny, ...), empty when orderable
 * @param coupon         what became of the coupon asked for (applied with its discount, or refused with the reason:
 *                       kaola-promotion's, e.g. locked by another order, or kaola-pricing's, e.g. threshold not
 *                       reached); null when none was asked
 */
public record PriceTrial(PriceQuote quote, QuotaView quota, boolean orderable, String refusalCode, String refusalDetail,
                         Map<String, String> refusalDetails, CouponOutcome coupon) implements Serializable {
    /** A trial without a coupon. */
    public PriceTrial(PriceQuote quote, QuotaView quota, boolean orderable, String refusalCode, String refusalDetail,
                      Map<String, String> refusalDetails) {
        this(quote, quota, orderable, refusalCode, refusalDetail, refusalDetails, null);
    }
}
