package io.kaola.gateway.admin;

import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.gateway.identity.IdentityBody;
import io.kaola.user.api.IdentitySandboxAdminService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ops: the sandbox identity-verification provider (it simulates the public ID-check service): which
 * name + number pairs are real, and whether it answers at all.
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
    public void registerRealIdentity(@RequestBody IdentityBody body) {
        sandbox.registerRealIdentity(body.name(), body.idNumber());
    }

    @PutMapping("/identity-provider")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Make the sandbox identity provider available or not (simulate an outage)")
    @ApiResponse(responseCode = "204", description = "Set")
    @ApiResponse(responseCode = "400", description = "COMMON_INVALID_REQUEST (available missing)")
    public void setAvailable(@Valid @RequestBody ProviderAvailabilityBody body) {
        sandbox.setAvailable(body.available());
    }
}
