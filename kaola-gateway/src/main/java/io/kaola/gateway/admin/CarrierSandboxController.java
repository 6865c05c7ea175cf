package io.kaola.gateway.admin;

import io.kaola.common.error.CommonError;
import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.logistics.api.CarrierSandboxAdminService;
import io.kaola.logistics.api.CarrierScript;
import io.kaola.logistics.api.TrackingStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.dubbo.rpc.RpcException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Ops: scripting the sandbox carrier for one order (delay, lost pushes, an exception, a refusal at the door).
 * kaola-logistics exports it only with the {@code sandbox} profile; without it these endpoints answer 503
 * COMMON_SERVICE_UNAVAILABLE saying so.
 */
@RestController
@RequestMapping("/api/admin/sandbox/carrier")
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class CarrierSandboxController {
    private final CarrierSandboxAdminService sandbox;

    public CarrierSandboxController(CarrierSandboxAdminService sandbox) { this.sandbox = sandbox; }

    /**
     * Every field optional (null: the sandbox's default).
     *
     * @param delayMillis    milliseconds between two pushes, 0..600000
     * @param lose           statuses whose push is not sent
     * @param exceptionAfter report a problem after this status (PACKED .. OUT_FOR_DELIVERY)
     * @param refuse         the consignee refuses at the door: EXCEPTION then RETURNED instead of DELIVERED
     * @param outOfOrder     send pushes 2, 5, 8, … after the next one
     * @param repeats        send each push this many times, 1..5
     */
    public record CarrierScriptBody(Long delayMillis, List<TrackingStatus> lose, TrackingStatus exceptionAfter,
                                    Boolean refuse, Boolean outOfOrder, Integer repeats) {}

    @PostMapping("/{orderNo}/script")
    @Operation(summary = "Script the sandbox carrier for one order",
            description = "Replaces the order's script; it applies to pushes not sent yet, so set it before customs "
                    + "release to script the whole journey. Kept in memory until kaola-logistics restarts.")
    @ApiResponse(responseCode = "200", description = "The script in force, defaults filled in")
    @ApiResponse(responseCode = "400", description = "LOGISTICS_INVALID_SCRIPT, COMMON_INVALID_REQUEST")
    @ApiResponse(responseCode = "503", description = "COMMON_SERVICE_UNAVAILABLE (kaola-logistics down, or running"
            + " without the sandbox profile)")
    public CarrierScript script(@PathVariable String orderNo, @RequestBody CarrierScriptBody body) {
        CarrierScript script = body == null ? null : new CarrierScript(body.delayMillis(), body.lose(),
                body.exceptionAfter(), body.refuse(), body.outOfOrder(), body.repeats());
        try {
            return sandbox.script(orderNo, script);
        } catch (RpcException e) {
            if (!e.isForbidden() && !e.isNoInvokerAvailableAfterFilter()) throw e;
            throw CommonError.SERVICE_UNAVAILABLE.exception("the sandbox carrier is not running: kaola-logistics is"
                    + " down or was started without the sandbox profile (SPRING_PROFILES_ACTIVE=sandbox)");
        }
    }
}
