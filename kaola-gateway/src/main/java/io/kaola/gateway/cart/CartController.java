package io.kaola.gateway.cart;

import io.kaola.gateway.auth.Caller;
import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.order.api.CartService;
import io.kaola.order.api.CartView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The caller's cart (kept by kaola-order in Redis). Every answer is the whole cart as it is now. */
@RestController
@RequestMapping("/api/cart")
@Tag(name = "Cart", description = "The caller's cart; check out the selected lines with POST /api/orders {fromCart: true}")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class CartController {
    private final CartService carts;

    public CartController(CartService carts) { this.carts = carts; }

    /** @param skuCode the SKU; @param quantity units to add, 1..99 */
    public record AddLineBody(String skuCode, int quantity) {}

    /** @param quantity the line's new quantity, 1..99 */
    public record QuantityBody(int quantity) {}

    /** @param skuCodes lines to (de)select; @param selected true to include them in the next checkout */
    public record SelectionBody(List<String> skuCodes, boolean selected) {}

    @GetMapping
    @Operation(summary = "The caller's cart",
            description = "Lines oldest first with current CNY prices after activities, units available and a flag when "
                    + "a line cannot be ordered now (OFF_SALE, NOT_IMPORTABLE, OUT_OF_STOCK, NOT_ENOUGH_STOCK, "
                    + "UNKNOWN_SKU: flagged, never dropped); the selected orderable lines priced (quote) and the "
                    + "caller's best usable coupon for them (bestCoupon: couponId and discount).")
    @ApiResponse(responseCode = "200", description = "The cart (lines empty when none)")
    public CartView cart(Caller caller) { return carts.cart(caller.userId()); }

    @PostMapping("/lines")
    @Operation(summary = "Add units of a SKU (to its line when there is one), selected")
    @ApiResponse(responseCode = "200", description = "The cart")
    @ApiResponse(responseCode = "400", description = "ORDER_INVALID_CART (quantity 1..99 per line, at most 50 lines)")
    @ApiResponse(responseCode = "404", description = "PRODUCT_UNKNOWN_SKU")
    @ApiResponse(responseCode = "409", description = "PRODUCT_SKU_NOT_ON_SALE")
    public CartView add(Caller caller, @RequestBody AddLineBody body) {
        return carts.addLine(caller.userId(), body.skuCode(), body.quantity());
    }

    @PutMapping("/lines/{skuCode}")
    @Operation(summary = "Set a line's quantity")
    @ApiResponse(responseCode = "200", description = "The cart")
    @ApiResponse(responseCode = "400", description = "ORDER_INVALID_CART")
    @ApiResponse(responseCode = "404", description = "ORDER_CART_LINE_NOT_FOUND")
    public CartView setQuantity(Caller caller, @PathVariable String skuCode, @RequestBody QuantityBody body) {
        return carts.setQuantity(caller.userId(), skuCode, body.quantity());
    }

    @DeleteMapping("/lines/{skuCode}")
    @Operation(summary = "Remove a line (a line that is not there: no change)")
    @ApiResponse(responseCode = "200", description = "The cart")
    public CartView remove(Caller caller, @PathVariable String skuCode) { return carts.removeLine(caller.userId(), skuCode); }

    @PutMapping("/selection")
    @Operation(summary = "Select or deselect lines for the next checkout from the cart")
    @ApiResponse(responseCode = "200", description = "The cart")
    @ApiResponse(responseCode = "404", description = "ORDER_CART_LINE_NOT_FOUND (nothing changed)")
    public CartView select(Caller caller, @RequestBody SelectionBody body) {
        return carts.select(caller.userId(), body.skuCodes(), body.selected());
    }
}
