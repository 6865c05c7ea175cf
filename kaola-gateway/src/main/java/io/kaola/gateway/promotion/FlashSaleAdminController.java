package io.kaola.gateway.promotion;

import io.kaola.common.error.CommonError;
import io.kaola.common.money.Money;
import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.promotion.api.CreateFlashSaleRequest;
import io.kaola.promotion.api.FlashSaleReconciliation;
import io.kaola.promotion.api.FlashSaleService;
import io.kaola.promotion.api.FlashSaleView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * Ops: flash sales (秒杀, kaola-promotion; docs/promotions.md): create one (its units move out of the SKU's stock into
 * a hold), read it, end it early, reconcile its Redis state with the hold. Money is {minor, currency} in CNY. The
 * sale's rules (ranges, window, price) are kaola-promotion's: it refuses with
 * PROMOTION_INVALID_FLASH_SALE naming the field.
 */
@RestController
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class FlashSaleAdminController {
    private final FlashSaleService sales;

    public FlashSaleAdminController(FlashSaleService sales) { this.sales = sales; }

    /**
     * A flash sale. Absent numbers are sent as 0 (and refused by kaola-promotion, naming the field).
     *
     * @param name         shown to shoppers, 1..64 characters; absent: "Flash sale"
     * @param skuCode      the SKU on sale
     * @param price        flash unit price, {minor, currency} in CNY, above 0 (pricing never raises the SKU's price)
     * @param units        units set aside, 1..100,000
     * @param perUserLimit units one shopper may take, 1..10
     * @param startsAt     start (ISO-8601 instant), before endsAt
     * @param endsAt       end, exclusive (ISO-8601 instant), in the future, at most 7 days after the start
     */
    public record FlashSaleBody(String name, String skuCode, Money price, Integer units, Integer perUserLimit,
                                Instant startsAt, Instant endsAt) {}

    @PostMapping("/api/admin/flash-sales")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a flash sale (秒杀) of one SKU",
            description = "The units leave the SKU's available stock at once (a hold in kaola-inventory), so normal "
                    + "orders cannot take them; a refusal holds nothing. name (1–64, default \"Flash sale\"), skuCode, "
                    + "price {minor, currency: CNY}, units 1–100,000, perUserLimit 1–10, startsAt < endsAt (ISO-8601, "
                    + "endsAt in the future, at most 7 days after the start).")
    @ApiResponse(responseCode = "201", description = "The sale, with its id, status HELD")
    @ApiResponse(responseCode = "400", description = "PROMOTION_INVALID_FLASH_SALE naming the field, COMMON_INVALID_REQUEST (unreadable body)")
    @ApiResponse(responseCode = "404", description = "INVENTORY_UNKNOWN_SKU")
    @ApiResponse(responseCode = "409", description = "INVENTORY_INSUFFICIENT_STOCK")
    @ApiResponse(responseCode = "503", description = "COMMON_SERVICE_UNAVAILABLE (kaola-inventory or kaola-promotion unreachable; "
            + "nothing held; after a timeout the sale may exist: check GET /api/flash-sales before creating it again)")
    public FlashSaleView create(@RequestBody FlashSaleBody body) {
        if (body == null) throw CommonError.INVALID_REQUEST.exception("a flash sale body is required");
        return sales.createFlashSale(new CreateFlashSaleRequest(body.name(), body.skuCode(), body.price(),
                orZero(body.units()), orZero(body.perUserLimit()), body.startsAt(), body.endsAt()));
    }

    @GetMapping("/api/admin/flash-sales/{id}")
    @Operation(summary = "A flash sale now: status, phase and units left (read fresh, not from the shoppers' near cache)")
    @ApiResponse(responseCode = "200", description = "The sale")
    @ApiResponse(responseCode = "404", description = "PROMOTION_FLASH_SALE_NOT_FOUND")
    public FlashSaleView get(@PathVariable long id) { return sales.flashSale(id); }

    @PostMapping("/api/admin/flash-sales/{id}/end")
    @Operation(summary = "End a flash sale now",
            description = "No more admissions; the hold closes and the unsold units go back to stock (returned). "
                    + "Ending an ended sale returns it as is.")
    @ApiResponse(responseCode = "200", description = "The sale, ENDED")
    @ApiResponse(responseCode = "404", description = "PROMOTION_FLASH_SALE_NOT_FOUND")
    @ApiResponse(responseCode = "503", description = "COMMON_SERVICE_UNAVAILABLE (kaola-inventory unreachable: admissions "
            + "stopped, the hold is closed later by the sweep)")
    public FlashSaleView end(@PathVariable long id) { return sales.endFlashSale(id); }

    @PostMapping("/api/admin/flash-sales/{id}/reconcile")
    @Operation(summary = "Compare a flash sale's Redis state with its stock hold",
            description = "Expected while the hold is OPEN: redisUnits + queued = holdRemaining (drift 0). A drift that "
                    + "two consecutive runs saw alike is repaired (repaired: true); notes say what was found and done.")
    @ApiResponse(responseCode = "200", description = "{saleId, redisUnits, queued, ordered, failed, holdRemaining, "
            + "holdStatus, drift, repaired, notes}")
    @ApiResponse(responseCode = "404", description = "PROMOTION_FLASH_SALE_NOT_FOUND")
    @ApiResponse(responseCode = "503", description = "COMMON_SERVICE_UNAVAILABLE (kaola-inventory unreachable)")
    public FlashSaleReconciliation reconcile(@PathVariable long id) { return sales.reconcile(id); }

    private static int orZero(Integer value) { return value == null ? 0 : value; }
}
