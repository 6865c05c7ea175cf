package io.kaola.gateway.admin;

import io.kaola.common.error.CommonError;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.gateway.auth.Caller;
import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.order.api.ReturnService;
import io.kaola.order.api.ReturnStatus;
import io.kaola.order.api.ReturnView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.Map;

/** Ops: returns after delivery, to approve or refuse (docs/after-sales.md#returns). OPS only, like all of /api/admin/**. */
@RestController
@RequestMapping("/api/admin/returns")
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class ReturnAdminController {
    private final ReturnService returns;

    public ReturnAdminController(ReturnService returns) { this.returns = returns; }

    @GetMapping
    @Operation(summary = "Returns, newest first", description = "status: REQUESTED (to decide), APPROVED, REFUSED, "
            + "RECEIVED, REFUNDING, REFUNDED; none for all.")
    @ApiResponse(responseCode = "200", description = "{items, page, size, total}")
    @ApiResponse(responseCode = "400", description = "COMMON_INVALID_REQUEST (unknown status)")
    public Page<ReturnView> list(@RequestParam(required = false) String status,
                                 @RequestParam(defaultValue = "0") @Min(0) int page,
                                 @RequestParam(defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return returns.listReturns(status == null || status.isBlank() ? null : statusOf(status),
                new PageRequest(page, size));
    }

    @PostMapping("/{returnId}/approve")
    @Operation(summary = "Approve a return", description = "REQUESTED → APPROVED: the return is declared to customs "
            + "(CEB625) and the carrier collects the parcel. Approving again retries both.")
    @ApiResponse(responseCode = "200", description = "The return, APPROVED (or further)")
    @ApiResponse(responseCode = "404", description = "ORDER_RETURN_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "ORDER_ILLEGAL_TRANSITION (refused already)")
    @ApiResponse(responseCode = "503", description = "COMMON_SERVICE_UNAVAILABLE (approved, but customs or the carrier "
            + "could not be asked yet: approve again)")
    public ReturnView approve(Caller caller, @PathVariable String returnId) {
        return returns.approveReturn(returnId, caller.email());
    }

    @PostMapping("/{returnId}/refuse")
    @Operation(summary = "Refuse a return", description = "Body {reason}: REQUESTED → REFUSED; the shopper sees the reason.")
    @ApiResponse(responseCode = "200", description = "The return, REFUSED")
    @ApiResponse(responseCode = "400", description = "ORDER_INVALID_RETURN (no reason)")
    @ApiResponse(responseCode = "404", description = "ORDER_RETURN_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "ORDER_ILLEGAL_TRANSITION (approved already)")
    public ReturnView refuse(Caller caller, @PathVariable String returnId,
                             @RequestBody(required = false) Map<String, String> body) {
        return returns.refuseReturn(returnId, body == null ? null : body.get("reason"), caller.email());
    }

    private static ReturnStatus statusOf(String status) {
        try {
            return ReturnStatus.valueOf(status.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw CommonError.INVALID_REQUEST.exception("status must be one of "
                    + Arrays.toString(ReturnStatus.values()));
        }
    }
}
