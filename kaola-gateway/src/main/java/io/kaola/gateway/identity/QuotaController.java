package io.kaola.gateway.identity;

import io.kaola.gateway.auth.Caller;
import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.user.api.QuotaService;
import io.kaola.user.api.QuotaView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Year;

/** The caller's annual cross-border quota (26,000 CNY per identity number per year). */
@RestController
@RequestMapping("/api/me/quota")
@Tag(name = "Identity")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class QuotaController {
    private final QuotaService quotas;
    private final Clock clock;

    /** @param clock in Asia/Shanghai: the quota year is the calendar year there */
    public QuotaController(QuotaService quotas, Clock clock) {
        this.quotas = quotas;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The caller's annual quota: limit, used, reserved and remaining (CNY fen)")
    @ApiResponse(responseCode = "200", description = "The quota of that year")
    @ApiResponse(responseCode = "400", description = "COMMON_INVALID_REQUEST (year outside 2000..2100)")
    @ApiResponse(responseCode = "403", description = "CROSSBORDER_BUYER_NOT_VERIFIED")
    public QuotaView get(Caller caller,
                         @Parameter(description = "calendar year; absent: the current year in Asia/Shanghai")
                         @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return quotas.getQuota(caller.userId(), year != null ? year : Year.now(clock).getValue());
    }
}
