package io.kaola.gateway.admin;

import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.product.api.CatalogAdminService;
import io.kaola.product.api.ProductDetail;
import io.kaola.product.api.SkuSnapshot;
import io.kaola.product.api.UpdateSkuContentRequest;
import io.kaola.product.api.UpdateTaxProfileRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import io.kaola.gateway.catalog.ProductDetailNearCache;
import io.kaola.product.api.ProductDetailInvalidation;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;

/** Ops: the cross-border data of products (tax category, positive list, HS code) and SKUs (net content, weight). */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class CrossBorderCatalogController {
    private final CatalogAdminService catalogAdmin;
    private final ProductDetailNearCache details;

    public CrossBorderCatalogController(CatalogAdminService catalogAdmin, ProductDetailNearCache details) {
        this.catalogAdmin = catalogAdmin;
        this.details = details;
    }

    /**
     * Absent fields are left unchanged.
     *
     * @param taxCategoryCode a kaola-pricing tax category (GET /api/admin/tax-categories), e.g. COSMETICS
     * @param importable      true: on the cross-border positive list (orderable); false: not orderable
     * @param hsCode          8- or 10-digit HS code; "" clears it
     */
    public record TaxProfileBody(String taxCategoryCode, Boolean importable, String hsCode) {}

    /**
     * Absent fields are left unchanged.
     *
     * @param netQuantity net content of one unit, > 0, at most 3 decimals (e.g. 15)
     * @param netUnit     ML, G or PIECE
     * @param weightGrams parcel weight of one unit, grams, 1..1000000
     */
    public record SkuContentBody(BigDecimal netQuantity, String netUnit, Integer weightGrams) {}

    @PutMapping("/products/{spuId}/tax-profile")
    @Operation(summary = "Set a product's tax category, positive-list flag or HS code",
            description = "Setting the tax category or the flag by hand means later catalogue imports leave them "
                    + "alone. The cached product detail is dropped and ProductChanged published.")
    @ApiResponse(responseCode = "200", description = "The product detail after the change (published or not)")
    @ApiResponse(responseCode = "400", description = "PRODUCT_INVALID_TAX_PROFILE (nothing to change, HS code not 8 or 10 digits)")
    @ApiResponse(responseCode = "404", description = "PRODUCT_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "PRICING_UNKNOWN_TAX_CATEGORY")
    public ProductDetail setTaxProfile(@PathVariable long spuId, @RequestBody TaxProfileBody body) {
        ProductDetail updated = catalogAdmin.updateTaxProfile(new UpdateTaxProfileRequest(spuId, body.taxCategoryCode(), body.importable(),
                body.hsCode()));
        details.invalidate(Long.toString(spuId));
        return updated;
    }

    @PutMapping("/skus/{skuCode}/content")
    @Operation(summary = "Set what one unit of a SKU contains and weighs",
            description = "The net content decides per-unit tax tests (high-end cosmetics: >= 10 CNY per ml or g, "
                    + ">= 15 CNY per piece); the weight decides shipping. Later catalogue imports leave these alone.")
    @ApiResponse(responseCode = "200", description = "The SKU after the change")
    @ApiResponse(responseCode = "400", description = "PRODUCT_INVALID_TAX_PROFILE (quantity <= 0, unknown unit, "
            + "a quantity without a unit, weight out of range)")
    @ApiResponse(responseCode = "404", description = "PRODUCT_UNKNOWN_SKU")
    public SkuSnapshot setSkuContent(@PathVariable String skuCode, @RequestBody SkuContentBody body) {
        SkuSnapshot updated = catalogAdmin.updateSkuContent(new UpdateSkuContentRequest(skuCode, body.netQuantity(), body.netUnit(),
                body.weightGrams()));
        details.invalidate(ProductDetailInvalidation.ALL);
        return updated;
    }
}
