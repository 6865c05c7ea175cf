package io.kaola.gateway.admin;

import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.payment.api.ReconciliationReport;
import io.kaola.payment.api.ReconciliationService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ops: reconciliation of payments and refunds against the provider's statement and the orders (docs/payments.md
 * "Reconciliation"): the latest report, or a run now. OPS only, like all of /api/admin/**.
 */
@RestController
@RequestMapping("/api/admin/reconciliation")
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class ReconciliationController {
    private final ReconciliationService reconciliation;

    public ReconciliationController(ReconciliationService reconciliation) { this.reconciliation = reconciliation; }

    /** @throws io.kaola.common.error.KaolaException PAYMENT_REPORT_NOT_FOUND (404: no run has finished yet) */
    @GetMapping
    @Operation(summary = "The latest reconciliation report",
            description = "Window, trigger (DAILY or OPS), totals in fen (payments, refunds, net), counts per kind, every"
                    + " finding with what was repaired and what is listed for ops.")
    @ApiResponse(responseCode = "200", description = "the report")
    @ApiResponse(responseCode = "403", description = "COMMON_FORBIDDEN (not OPS)")
    @ApiResponse(responseCode = "404", description = "PAYMENT_REPORT_NOT_FOUND (no reconciliation has run yet)")
    public ReconciliationReport latest() { return reconciliation.latest(); }

    /**
     * @throws io.kaola.common.error.KaolaException PAYMENT_RECONCILIATION_RUNNING (409), PAYMENT_STATEMENT_NOT_SUPPORTED
     *         (409), COMMON_SERVICE_UNAVAILABLE (503: the provider's statement could not be had)
     */
    @PostMapping("/run")
    @Operation(summary = "Run a reconciliation now",
            description = "Over the default window (the last 24 h up to now): safe repairs are applied and logged, the"
                    + " rest listed; answers the stored report.")
    @ApiResponse(responseCode = "200", description = "the report of this run")
    @ApiResponse(responseCode = "403", description = "COMMON_FORBIDDEN (not OPS)")
    @ApiResponse(responseCode = "409", description = "PAYMENT_RECONCILIATION_RUNNING, PAYMENT_STATEMENT_NOT_SUPPORTED")
    @ApiResponse(responseCode = "503", description = "COMMON_SERVICE_UNAVAILABLE (provider or kaola-payment unreachable)")
    public ReconciliationReport run() { return reconciliation.run(); }
}
