package io.kaola.gateway.admin;

import io.kaola.common.error.CommonError;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.payment.api.PaymentService;
import io.kaola.payment.api.RefundStatus;
import io.kaola.payment.api.RefundView;
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

import java.util.Arrays;
import java.util.Locale;

/**
 * Ops: refunds (docs/payments.md "Refunds"), newest first, e.g. the FAILED ones whose amount is refundable again.
 * OPS only, like all of /api/admin/**.
 */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class RefundsController {
    private final PaymentService payments;

    public RefundsController(PaymentService payments) { this.payments = payments; }

    /**
     * @param status PENDING, SUCCEEDED or FAILED (any case); blank or absent = all
     * @throws io.kaola.common.error.KaolaException COMMON_INVALID_REQUEST (another status)
     */
    @GetMapping("/refunds")
    @Operation(summary = "Refunds, newest first",
            description = "Each with its payment, order, amount, status, reason, idempotency key, lines, the provider's "
                    + "refund id and, when FAILED, why.")
    @ApiResponse(responseCode = "200", description = "{items, page, size, total}")
    @ApiResponse(responseCode = "400", description = "COMMON_INVALID_REQUEST (status not PENDING, SUCCEEDED or FAILED)")
    @ApiResponse(responseCode = "403", description = "COMMON_FORBIDDEN (not OPS)")
    public Page<RefundView> list(@Parameter(description = "PENDING, SUCCEEDED or FAILED; absent: all")
                                 @RequestParam(required = false) String status,
                                 @RequestParam(defaultValue = "0") @Min(0) int page,
                                 @RequestParam(defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return payments.listRefunds(statusOf(status), new PageRequest(page, size));
    }

    private static RefundStatus statusOf(String status) {
        if (status == null || status.isBlank()) return null;
        try {
            return RefundStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CommonError.INVALID_REQUEST.exception("status must be one of " + Arrays.toString(RefundStatus.values()));
        }
    }
}
