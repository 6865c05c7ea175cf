package io.kaola.gateway.order;

import io.kaola.gateway.auth.Caller;
import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.order.api.OrderService;
import io.kaola.order.api.PlaceOrderRequest;
import io.kaola.order.api.PriceTrial;
import io.kaola.order.api.PriceTrialRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** The checkout price computed without placing an order, every step explained. */
@RestController
@Tag(name = "Orders")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class PriceTrialController {
    private final OrderService orders;

    public PriceTrialController(OrderService orders) { this.orders = orders; }

    /**
     * @param lines         (skuCode, quantity), as for an order
     * @param pricingDate   the day whose FX rates apply; absent: today (Asia/Shanghai)
     * @param warehouseCode bonded warehouse; absent: the default
     * @param userId        whose identity and quota apply; absent: the caller. Only ops may name another user.
     * @param couponId      the buyer's coupon to try; the answer's coupon says applied (with its discount) or why not
     */
    public record PriceTrialBody(List<PlaceOrderRequest.Line> lines, LocalDate pricingDate, String warehouseCode,
                                 @Schema(description = "ops only: price for this user") Long userId, Long couponId) {}

    @PostMapping("/api/price/trial")
    @Operation(summary = "Price a cart without ordering it (price trial)",
            description = "The same computation as checkout: supplier price, FX rate with date and source, goods in "
                    + "CNY, discounts, shipping, import VAT and consumption tax with rate and base, total, each step "
                    + "with its inputs and rule source (quote.steps). Also the buyer's annual quota and whether the "
                    + "cart could be ordered now, with the refusal code and details an order would get. Writes nothing. "
                    + "A shopper prices for themself; ops may pass any userId and date. Running activities apply; "
                    + "couponId tries the buyer's coupon (coupon: applied with its discount, or refused with the reason).")
    @ApiResponse(responseCode = "200", description = "The trial: quote, quota, orderable, refusalCode/refusalDetail/refusalDetails")
    @ApiResponse(responseCode = "400", description = "ORDER_INVALID_ORDER, COMMON_INVALID_REQUEST")
    @ApiResponse(responseCode = "403", description = "COMMON_FORBIDDEN (a shopper naming another userId)")
    @ApiResponse(responseCode = "404", description = "PRODUCT_UNKNOWN_SKU")
    @ApiResponse(responseCode = "409", description = "PRICING_NO_FX_RATE")
    public PriceTrial trial(Caller caller, @RequestBody PriceTrialBody body) {
        return orders.trialPrice(new PriceTrialRequest(TrialBuyer.of(caller, body.userId()), body.lines(),
                body.pricingDate(), body.warehouseCode(), body.couponId()));
    }
}
