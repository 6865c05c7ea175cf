package io.kaola.order.api;

import io.kaola.pricing.api.CouponOutcome;
import io.kaola.pricing.api.PriceQuote;

import java.io.Serializable;
import java.util.List;

/**
 * A cart as the shopper sees it.
 *
 * @param lines          every line, oldest first, flagged when it cannot be ordered now (never dropped)
 * @param quote          the selected lines that can be ordered, priced with the running activities (no coupon);
 *                       null when none is selected or pricing failed
 * @param bestCoupon     the buyer's usable coupon that takes most off the selected lines, with its discount; null
 *                       when none applies
 * @param pricingProblem why the selected lines could not be priced (e.g. no FX rate), null otherwise
 */
public record CartView(List<CartLineView> lines, PriceQuote quote, CouponOutcome bestCoupon, String pricingProblem)
        implements Serializable {
    public CartView { lines = lines == null ? List.of() : List.copyOf(lines); }
}
