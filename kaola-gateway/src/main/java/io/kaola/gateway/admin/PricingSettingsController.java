package io.kaola.gateway.admin;

import io.kaola.common.money.Money;
import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.pricing.api.PricingAdminService;
import io.kaola.pricing.api.ShippingRuleView;
import io.kaola.pricing.api.TaxCategoryView;
import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

/** Ops: the price engine's settings, tax categories and shipping rules (kaola-pricing). */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class PricingSettingsController {
    private final PricingAdminService pricingAdmin;

    public PricingSettingsController(PricingAdminService pricingAdmin) { this.pricingAdmin = pricingAdmin; }

    /**
     * A tax category without its code (the code is in the path); see TaxCategoryView for each field.
     *
     * @param consumptionTaxBasis NONE, AD_VALOREM, COSMETICS_THRESHOLD or WATCH_THRESHOLD
     */
    public record TaxCategoryBody(String name, @NotNull BigDecimal vatRate, @NotNull BigDecimal consumptionTaxRate,
                                  @NotNull String consumptionTaxBasis, Money thresholdPerUnit, Money thresholdPerPiece,
                                  @NotNull BigDecimal mfnTariffRate, boolean blocked, String source) {}

    /**
     * A shipping rule without its warehouse (in the path); fees in CNY fen.
     *
     * @param freeShippingThreshold goods value at or above which shipping is free; absent: never free
     */
    public record ShippingRuleBody(@NotNull Integer firstWeightGrams, @NotNull Money firstFee,
                                   @NotNull Integer additionalWeightGrams, @NotNull Money additionalFee,
                                   Money freeShippingThreshold) {}

    @GetMapping("/tax-categories")
    @Operation(summary = "Every cross-border tax category",
            description = "VAT and consumption-tax rates, how CT is levied, the MFN tariff for a single item over the limit.")
    @ApiResponse(responseCode = "200", description = "The categories by code")
    public List<TaxCategoryView> taxCategories() {
        return pricingAdmin.listTaxCategories();
    }

    @PutMapping("/tax-categories/{code}")
    @Operation(summary = "Add or replace a tax category", description = "Orders already placed keep the tax they were sold with.")
    @ApiResponse(responseCode = "200", description = "The stored category")
    @ApiResponse(responseCode = "400", description = "PRICING_INVALID_TAX_CATEGORY, COMMON_INVALID_REQUEST")
    public TaxCategoryView setTaxCategory(@PathVariable String code, @Valid @RequestBody TaxCategoryBody body) {
        return pricingAdmin.setTaxCategory(new TaxCategoryView(code, body.name(), body.vatRate(), body.consumptionTaxRate(),
                body.consumptionTaxBasis(), body.thresholdPerUnit(), body.thresholdPerPiece(), body.mfnTariffRate(),
                body.blocked(), body.source()));
    }

    @GetMapping("/shipping-rules")
    @Operation(summary = "The shipping rule of every bonded warehouse")
    @ApiResponse(responseCode = "200", description = "First weight and fee, each further step, free-shipping threshold")
    public List<ShippingRuleView> shippingRules() {
        return pricingAdmin.listShippingRules();
    }

    @PutMapping("/shipping-rules/{warehouseCode}")
    @Operation(summary = "Add or replace a warehouse's shipping rule",
            description = "fee = firstFee + ceil((weight - firstWeightGrams) / additionalWeightGrams) × additionalFee "
                    + "over the parcel weight; free when goods after reductions reach the threshold.")
    @ApiResponse(responseCode = "200", description = "The stored rule")
    @ApiResponse(responseCode = "400", description = "PRICING_INVALID_SHIPPING_RULE, COMMON_INVALID_REQUEST")
    public ShippingRuleView setShippingRule(@PathVariable String warehouseCode, @Valid @RequestBody ShippingRuleBody body) {
        return pricingAdmin.setShippingRule(new ShippingRuleView(warehouseCode, body.firstWeightGrams(), body.firstFee(),
                body.additionalWeightGrams(), body.additionalFee(), body.freeShippingThreshold()));
    }
}
