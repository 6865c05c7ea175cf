package io.kaola.gateway.admin;

import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.customs.api.DeclarationAdminService;
import io.kaola.customs.api.DeclarationStatus;
import io.kaola.customs.api.DeclarationSummary;
import io.kaola.customs.api.DeclarationView;
import io.kaola.gateway.config.OpenApiConfig;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ops: customs declarations (the order, payment and waybill documents and the inventory list, docs/customs.md).
 * Identity numbers appear masked only, raw messages included. OPS only, like all of /api/admin/**.
 */
@RestController
@RequestMapping("/api/admin/declarations")
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class DeclarationController {
    private final DeclarationAdminService declarations;

    public DeclarationController(DeclarationAdminService declarations) { this.declarations = declarations; }

    @GetMapping
    @Operation(summary = "Declarations by status, exceptions first",
            description = "status: COLLECTING, CHECK_FAILED, DOCUMENTS_SENT, LIST_SENT, DECLARED, INSPECTION, RELEASED,"
                    + " DATA_REJECTED, REJECTED_ORDER_CANCELLED, DETAINED; without it every declaration, the exception"
                    + " statuses (CHECK_FAILED, INSPECTION, DATA_REJECTED, REJECTED_ORDER_CANCELLED, DETAINED) first,"
                    + " then by last change.")
    @ApiResponse(responseCode = "200", description = "{items, page, size, total}")
    @ApiResponse(responseCode = "400", description = "COMMON_INVALID_REQUEST (unknown status)")
    @ApiResponse(responseCode = "403", description = "COMMON_FORBIDDEN (not OPS)")
    public Page<DeclarationSummary> list(@RequestParam(required = false) DeclarationStatus status,
                                         @RequestParam(defaultValue = "0") @Min(0) int page,
                                         @RequestParam(defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return declarations.listDeclarations(status, new PageRequest(page, size));
    }

    @GetMapping("/{orderNo}")
    @Operation(summary = "One order's declarations with every receipt and its raw message (identity masked)")
    @ApiResponse(responseCode = "200", description = "The declaration")
    @ApiResponse(responseCode = "404", description = "CUSTOMS_DECLARATION_NOT_FOUND")
    public DeclarationView get(@PathVariable String orderNo) {
        return declarations.getDeclaration(orderNo);
    }

    @PostMapping("/{orderNo}/resend")
    @Operation(summary = "Re-send after a fix (a data rejection or a failed check)",
            description = "Reads the order, SKUs and buyer again, re-runs the three-document check and sends every"
                    + " document not accepted yet (appType 2 when sent before); the list follows.")
    @ApiResponse(responseCode = "200", description = "The declaration after the re-send")
    @ApiResponse(responseCode = "404", description = "CUSTOMS_DECLARATION_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "CUSTOMS_ILLEGAL_TRANSITION (only CHECK_FAILED or DATA_REJECTED"
            + " are re-sent)")
    @ApiResponse(responseCode = "503", description = "COMMON_SERVICE_UNAVAILABLE")
    public DeclarationView resend(@PathVariable String orderNo) {
        return declarations.resend(orderNo);
    }
}
