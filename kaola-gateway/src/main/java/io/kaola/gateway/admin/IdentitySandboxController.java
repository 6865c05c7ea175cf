package io.kaola.gateway.admin;

import io.kaola.common.error.CommonError;
import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.gateway.identity.IdentityBody;
import io.kaola.user.api.IdentitySandboxAdminService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.apache.dubbo.rpc.RpcException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ops: the sandbox identity-verification provider (it simulates the public ID-check service): which
 * name + number pairs are real, and whether it answers at all. kaola-user exports it only with the {@code sandbox}
 * profile; without it there is no provider and these endpoints answer 503 COMMON_SERVICE_UNAVAILABLE saying so
 * (never a 500).
 */
@RestController
@RequestMapping("/api/admin/sandbox")
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class IdentitySandboxController {
    private final IdentitySandboxAdminService sandbox;

    public IdentitySandboxController(IdentitySandboxAdminService sandbox) { this.sandbox = sandbox; }

    /** @param available false: every identity check answers USER_IDENTITY_PROVIDER_UNAVAILABLE (an outage) */
    public record ProviderAvailabilityBody(@NotNull Boolean available) {}

    @PostMapping("/identities")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Tell the sandbox provider that a name + identity number pair is real",
            description = "Stored as a keyed hash, never in full. Shoppers can then verify with this pair.")
    @ApiResponse(responseCode = "204", description = "Registered")
    @ApiResponse(responseCode = "400", description = "USER_ID_NUMBER_MALFORMED, USER_ID_NUMBER_BAD_DATE, "
            + "USER_ID_NUMBER_BAD_REGION, USER_ID_NUMBER_BAD_CHECK_DIGIT, USER_NAME_INVALID")
    @ApiResponse(responseCode = "503", description = "COMMON_SERVICE_UNAVAILABLE (kaola-user down, or running without"
            + " the sandbox profile)")
    public void registerRealIdentity(@RequestBody IdentityBody body) {
        try {
            sandbox.registerRealIdentity(body.name(), body.idNumber());
        } catch (RpcException e) {
            throw unavailable(e);
        }
    }

    @PutMapping("/identity-provider")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Make the sandbox identity provider available or not (simulate an outage)")
    @ApiResponse(responseCode = "204", description = "Set")
    @ApiResponse(responseCode = "400", description = "COMMON_INVALID_REQUEST (available missing)")
    @ApiResponse(responseCode = "503", description = "COMMON_SERVICE_UNAVAILABLE (kaola-user down, or running without"
            + " the sandbox profile)")
    public void setAvailable(@Valid @RequestBody ProviderAvailabilityBody body) {
        try {
            sandbox.setAvailable(body.available());
        } catch (RpcException e) {
            throw unavailable(e);
        }
    }

    /**
     * No provider at all (Dubbo's "No provider available": FORBIDDEN_EXCEPTION from the registry directory, or
     * NO_INVOKER_AVAILABLE_AFTER_FILTER) says more than "did not answer in time": the sandbox may simply be off.
     */
    private static RuntimeException unavailable(RpcException e) {
        if (!e.isForbidden() && !e.isNoInvokerAvailableAfterFilter()) return e;   // a timeout etc.: the generic 503
        return CommonError.SERVICE_UNAVAILABLE.exception("the sandbox ID-check provider is not running: kaola-user is"
                + " down or was started without the sandbox profile (SPRING_PROFILES_ACTIVE=sandbox)");
    }
}
