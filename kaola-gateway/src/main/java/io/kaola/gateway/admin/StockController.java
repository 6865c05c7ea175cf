package io.kaola.gateway.admin;

import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.inventory.api.SetStockRequest;
import io.kaola.inventory.api.SetStockResult;
import io.kaola.inventory.api.StockLevel;
import io.kaola.inventory.api.StockService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Ops: stock levels per SKU and bonded warehouse. */
@RestController
@RequestMapping("/api/admin/stock")
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class StockController {
    private final StockService stock;

    public StockController(StockService stock) { this.stock = stock; }

    /**
     * @param quantity      absolute units on hand (a stock-take), >= 0; required, so a missing field never means 0
     * @param warehouseCode bonded warehouse, absent for the default
     */
    public record SetStockBody(@NotNull Long quantity, String warehouseCode) {}

    @PutMapping("/{skuCode}")
    @Operation(summary = "Set the units on hand of one SKU (stock-take)")
    @ApiResponse(responseCode = "200", description = "Rows created, updated, unchanged")
    @ApiResponse(responseCode = "400", description = "INVENTORY_INVALID_QUANTITY, COMMON_INVALID_REQUEST")
    @ApiResponse(responseCode = "409", description = "INVENTORY_BELOW_RESERVED (less than already held for orders)")
    public SetStockResult setStock(@PathVariable String skuCode, @Valid @RequestBody SetStockBody body) {
        return stock.setStock(new SetStockRequest(body.warehouseCode(),
                List.of(new SetStockRequest.Entry(skuCode, body.quantity()))));
    }

    @GetMapping
    @Operation(summary = "Stock levels of some SKUs", description = "Unknown SKUs are absent from the answer.")
    @ApiResponse(responseCode = "200", description = "onHand, reserved, available per known SKU")
    public List<StockLevel> levels(@Parameter(description = "SKU code, repeatable: ?sku=A&sku=B") @RequestParam("sku") List<String> skus,
                                   @Parameter(description = "bonded warehouse, absent for the default")
                                   @RequestParam(name = "warehouse", required = false) String warehouseCode) {
        return stock.getStock(warehouseCode, skus);
    }
}
