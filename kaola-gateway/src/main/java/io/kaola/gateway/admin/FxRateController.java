package io.kaola.gateway.admin;

import io.kaola.gateway.auth.Caller;
import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.pricing.api.FxRateView;
import io.kaola.pricing.api.PricingService;
import io.kaola.pricing.api.SetFxRateRequest;
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
import java.time.LocalDate;
import java.util.List;

/** Ops: exchange rates to CNY. */
@RestController
@RequestMapping("/api/admin/fx-rates")
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class FxRateController {
    private final PricingService pricing;

    public FxRateController(PricingService pricing) { this.pricing = pricing; }

    /**
     * @param rate     CNY per unit of the currency, positive, at most 6 decimals (e.g. 7.812300)
     * @param rateDate first day the rate applies (ISO date, Asia/Shanghai)
     */
    public record SetFxRateBody(@NotNull BigDecimal rate, @NotNull LocalDate rateDate) {}

    @GetMapping
    @Operation(summary = "The rate in force today for each currency")
    @ApiResponse(responseCode = "200", description = "Rates sorted by currency")
    public List<FxRateView> current() {
        return pricing.currentFxRates();
    }

    @PutMapping("/{currency}")
    @Operation(summary = "Set the rate of a currency from a date on",
            description = "Replaces the rate of the same currency and date. Orders already placed keep their rate. "
                    + "The source is recorded as ops:<your email>.")
    @ApiResponse(responseCode = "200", description = "The stored rate")
    @ApiResponse(responseCode = "400", description = "PRICING_INVALID_FX_RATE, COMMON_INVALID_REQUEST")
    public FxRateView set(Caller caller, @PathVariable String currency, @Valid @RequestBody SetFxRateBody body) {
        return pricing.setFxRate(new SetFxRateRequest(currency, body.rate(), body.rateDate(), "ops:" + caller.email()));
    }
}
