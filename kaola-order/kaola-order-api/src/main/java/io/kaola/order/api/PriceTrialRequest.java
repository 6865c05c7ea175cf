package io.kaola.order.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * @param buyerId       whose quota and identity apply (a shopper: themself; ops: any user)
 * @param lines         (skuCode, quantity), as for an order
 * @param pricingDate   the day whose FX rates apply (null: today); ops may ask "what would this cost then"
 * @param warehouseCode bonded warehouse (null: the default)
 * @param couponId      the buyer's coupon to try (null: none); the trial says whether it applies and why not
 */
public record PriceTrialRequest(long buyerId, List<PlaceOrderRequest.Line> lines, LocalDate pricingDate,
                                String warehouseCode, Long couponId) implements Serializable {
    public PriceTrialRequest { lines = lines == null ? List.of() : List.copyOf(lines); }

    /** A trial without a coupon. */
    public PriceTrialRequest(long buyerId, List<PlaceOrderRequest.Line> lines, LocalDate pricingDate,
                             String warehouseCode) {
        this(buyerId, lines, pricingDate, warehouseCode, null);
    }
}
