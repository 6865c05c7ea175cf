package io.kaola.gateway.admin;

import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.payment.api.PaymentService;
import io.kaola.payment.api.RefundDueView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ops: payments whose money must be refunded (paid by someone other than the buyer, paid after the order was
 * cancelled or the payment closed, or an order paid twice). Each is refunded in full automatically; the refunds are
 * at {@code GET /api/admin/refunds} (docs/payments.md). OPS only, like all of /api/admin/**.
 */
@RestController
@RequestMapping("/api/admin/payments")
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class RefundsDueController {
    private final PaymentService payments;

    public RefundsDueController(PaymentService payments) { this.payments = payments; }

    @GetMapping("/refunds-due")
    @Operation(summary = "Payments to refund, newest first",
            description = "Each with the provider and its transaction to refund, the amount and why "
                    + "(PAYER_NOT_BUYER, PAYMENT_CLOSED, ORDER_CLOSED, ORDER_PAID_TWICE).")
    @ApiResponse(responseCode = "200", description = "{items, page, size, total}")
    @ApiResponse(responseCode = "403", description = "COMMON_FORBIDDEN (not OPS)")
    public Page<RefundDueView> list(@RequestParam(defaultValue = "0") @Min(0) int page,
                                    @RequestParam(defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return payments.listRefundsDue(new PageRequest(page, size));
    }
}
