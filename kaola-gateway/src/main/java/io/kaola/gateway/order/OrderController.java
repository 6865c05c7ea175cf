package io.kaola.gateway.order;

import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.gateway.auth.Caller;
import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.order.api.OrderService;
import io.kaola.order.api.OrderSummary;
import io.kaola.order.api.OrderView;
import io.kaola.order.api.PlaceOrderRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's orders. */
@RestController
@RequestMapping("/api/orders")
@Tag(name = "Orders", description = "Checkout and the caller's orders")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class OrderController {
    private final OrderService orders;

    public OrderController(OrderService orders) { this.orders = orders; }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Place an order",
            description = "Prices the lines in CNY and holds the stock. Repeating a request with the same "
                    + "Idempotency-Key returns the first order instead of placing another; the same key with other "
                    + "lines or another address is refused (422). Quantities are JSON integers; address fields refuse "
                    + "control and bidi characters.")
    @ApiResponse(responseCode = "201", description = "The order, PENDING_PAYMENT, with its price breakdown")
    @ApiResponse(responseCode = "400", description = "ORDER_INVALID_ORDER, COMMON_INVALID_REQUEST (no Idempotency-Key)")
    @ApiResponse(responseCode = "401", description = "COMMON_UNAUTHENTICATED")
    @ApiResponse(responseCode = "404", description = "PRODUCT_UNKNOWN_SKU")
    @ApiResponse(responseCode = "403", description = "CROSSBORDER_BUYER_NOT_VERIFIED (verify at POST /api/me/identity first)")
    @ApiResponse(responseCode = "422", description = "ORDER_IDEMPOTENCY_KEY_REUSED (the key was used for another request; "
            + "member orderNo names that order), ORDER_COUPON_NOT_APPLICABLE (the coupon takes nothing off this cart)")
    @ApiResponse(responseCode = "409", description = "INVENTORY_INSUFFICIENT_STOCK, PRODUCT_SKU_NOT_ON_SALE, PRICING_NO_FX_RATE, "
            + "CROSSBORDER_NOT_ON_POSITIVE_LIST, CROSSBORDER_TAX_CATEGORY_BLOCKED, CROSSBORDER_OVER_TRANSACTION_LIMIT, "
            + "CROSSBORDER_OVER_ANNUAL_LIMIT (with limit, amountCny, limitCny, usedCny, remainingCny, year), "
            + "PROMOTION_COUPON_NOT_USABLE (locked by another order, used, expired, not yours)")
    public OrderView place(Caller caller,
                           @Parameter(description = "client-chosen key, 1..64 characters, one per checkout attempt")
                           @RequestHeader("Idempotency-Key") String idempotencyKey,
                           @RequestBody PlaceOrderBody body) {
        return orders.placeOrder(new PlaceOrderRequest(caller.userId(), idempotencyKey, body.address(), body.lines(),
                body.couponId(), Boolean.TRUE.equals(body.fromCart()), body.addressId()));
    }

    @PostMapping("/{orderNo}/cancel")
    @Operation(summary = "Cancel one of the caller's orders before customs releases it",
            description = "Unpaid: first closes the order's payment at the provider; only then PENDING_PAYMENT → "
                    + "CLOSED, and the held stock, annual quota and coupon are released. If the provider has already "
                    + "taken the money the cancel is refused and the order shows PAID shortly. Paid, not yet released "
                    + "by customs: the customs declaration is cancelled (CEB623) and the order becomes REFUNDING; once "
                    + "customs confirms, stock, quota and coupon come back and the whole total is refunded (REFUNDED, "
                    + "`refunds` on the order). Cancelling a CLOSED, REFUNDING or REFUNDED order returns it as is "
                    + "(docs/after-sales.md).")
    @ApiResponse(responseCode = "200", description = "The order, CLOSED (was unpaid) or REFUNDING (was paid)")
    @ApiResponse(responseCode = "404", description = "ORDER_NOT_FOUND (also for another user's order)")
    @ApiResponse(responseCode = "409", description = "ORDER_ALREADY_PAID (the provider has taken the money: nothing "
            + "changed, try again once it shows PAID), ORDER_ALREADY_RELEASED (customs released it: return it after "
            + "delivery)")
    @ApiResponse(responseCode = "503", description = "COMMON_SERVICE_UNAVAILABLE (the payment could not be closed: "
            + "nothing changed, try again)")
    public OrderView cancel(Caller caller, @PathVariable String orderNo) {
        return orders.cancelOrder(caller.userId(), orderNo);
    }

    @GetMapping
    @Operation(summary = "The caller's orders, newest first")
    @ApiResponse(responseCode = "200", description = "{items, page, size, total}")
    public Page<OrderSummary> list(Caller caller,
                                   @RequestParam(defaultValue = "0") @Min(0) int page,
                                   @RequestParam(defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return orders.listOrders(caller.userId(), new PageRequest(page, size));
    }

    @PostMapping("/{orderNo}/confirm-receipt")
    @Operation(summary = "Confirm receipt of one of the caller's delivered orders",
            description = "DELIVERED → COMPLETED (done automatically kaola.order.auto-confirm-after after delivery "
                    + "otherwise). Confirming a COMPLETED order returns it as is.")
    @ApiResponse(responseCode = "200", description = "The order, COMPLETED")
    @ApiResponse(responseCode = "404", description = "ORDER_NOT_FOUND (also for another user's order)")
    @ApiResponse(responseCode = "409", description = "ORDER_ILLEGAL_TRANSITION (not delivered yet)")
    public OrderView confirmReceipt(Caller caller, @PathVariable String orderNo) {
        return orders.confirmReceipt(caller.userId(), orderNo);
    }

    @GetMapping("/{orderNo}")
    @Operation(summary = "One of the caller's orders, with its status history",
            description = "status is one of PENDING_PAYMENT, PAID, DECLARING, CLEARED, SHIPPED, DELIVERED, COMPLETED, "
                    + "CLOSED, CUSTOMS_REJECTED, REFUNDING, REFUNDED; history lists every status entered with its "
                    + "time, oldest first; payBy is the payment deadline (the unpaid timeout); refunds lists the money "
                    + "given back (refundNo, amount, status, lines; null when it cannot be read just now); returns "
                    + "lists the returns after delivery.")
    @ApiResponse(responseCode = "200", description = "The order")
    @ApiResponse(responseCode = "404", description = "ORDER_NOT_FOUND (also for another user's order)")
    public OrderView get(Caller caller, @PathVariable String orderNo) {
        return orders.getOrder(caller.userId(), orderNo);
    }
}
