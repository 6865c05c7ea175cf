package io.kaola.gateway.admin;

import io.kaola.customs.api.CustomsDocument;
import io.kaola.customs.api.CustomsSandboxAdminService;
import io.kaola.customs.api.SandboxAction;
import io.kaola.customs.api.SandboxScript;
import io.kaola.gateway.config.OpenApiConfig;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ops: scripting the customs sandbox (the simulated single window in kaola-customs, profile sandbox). Without the
 * profile kaola-customs answers 503 CUSTOMS_SANDBOX_DISABLED.
 */
@RestController
@RequestMapping("/api/admin/sandbox/customs")
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class CustomsSandboxController {
    private final CustomsSandboxAdminService sandbox;

    public CustomsSandboxController(CustomsSandboxAdminService sandbox) { this.sandbox = sandbox; }

    /**
     * @param document ORDER, PAYMENT, WAYBILL or INVENTORY
     * @param action   REJECT_QUOTA, REJECT_IDENTITY, REJECT_LINES, REJECT_SIGNATURE, HOLD_INSPECTION, DELAY, MUTE
     * @param delay    ISO-8601 duration for DELAY, e.g. "PT5S"
     */
    public record ScriptBody(@NotNull CustomsDocument document, @NotNull SandboxAction action, String delay) {}

    @PostMapping("/{orderNo}/script")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Script how the customs sandbox answers the next declaration of a document of an order",
            description = "Used once: a re-send is answered normally. REJECT_QUOTA: 100 [Code:1313;Desc:订购人购买超过年度限额]"
                    + " (the order is cancelled); REJECT_IDENTITY: 100 identity; REJECT_LINES: 100 [Code:1322] (a data"
                    + " rejection: fix and re-send); REJECT_SIGNATURE: -621049; HOLD_INSPECTION: stops at 500; DELAY:"
                    + " every receipt `delay` apart; MUTE: no receipts at all.")
    @ApiResponse(responseCode = "204", description = "Scripted")
    @ApiResponse(responseCode = "400", description = "COMMON_INVALID_REQUEST, CUSTOMS_INVALID_SCRIPT")
    @ApiResponse(responseCode = "503", description = "CUSTOMS_SANDBOX_DISABLED (kaola-customs runs without the sandbox"
            + " profile), COMMON_SERVICE_UNAVAILABLE (kaola-customs down)")
    public void script(@PathVariable String orderNo, @Valid @RequestBody ScriptBody body) {
        sandbox.script(orderNo, new SandboxScript(body.document(), body.action(), body.delay()));
    }
}
