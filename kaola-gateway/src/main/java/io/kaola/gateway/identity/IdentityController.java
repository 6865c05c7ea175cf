package io.kaola.gateway.identity;

import io.kaola.gateway.auth.Caller;
import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.gateway.limits.EdgeLimits;
import io.kaola.user.api.IdentityService;
import io.kaola.user.api.IdentityView;
import io.kaola.user.api.VerifyIdentityRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's real-name identity (订购人实名), which cross-border orders require. The identity number
 * goes to kaola-user and is never logged here nor returned in full.
 */
@RestController
@RequestMapping("/api/me/identity")
@Tag(name = "Identity", description = "Real-name verification and the annual cross-border quota")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class IdentityController {
    private final IdentityService identities;
    private final EdgeLimits limits;

    public IdentityController(IdentityService identities, EdgeLimits limits) {
        this.identities = identities;
        this.limits = limits;
    }

    @PostMapping
    @Operation(summary = "Verify the caller's real name and resident identity number",
            description = "Checks the number locally (18 characters, region, birth date, GB 11643-1999 check digit), "
                    + "then with the identity-verification provider. Sending the same pair again is harmless. "
                    + "The answer shows the number masked, e.g. 3301**********123X. Both fields are JSON strings. "
                    + "Each attempt costs a provider call, so attempts are limited per user "
                    + "(kaola.gateway.limits.identity-per-user, 5 per 24 hours).")
    @ApiResponse(responseCode = "200", description = "The verified identity, masked")
    @ApiResponse(responseCode = "400", description = "USER_ID_NUMBER_MALFORMED, USER_ID_NUMBER_BAD_DATE, "
            + "USER_ID_NUMBER_BAD_REGION, USER_ID_NUMBER_BAD_CHECK_DIGIT, USER_NAME_INVALID")
    @ApiResponse(responseCode = "409", description = "USER_IDENTITY_MISMATCH (name and number do not match), "
            + "USER_IDENTITY_ALREADY_VERIFIED (another pair on this account)")
    @ApiResponse(responseCode = "429", description = "COMMON_RATE_LIMITED, with Retry-After (seconds)")
    @ApiResponse(responseCode = "503", description = "USER_IDENTITY_PROVIDER_UNAVAILABLE (retry later; nothing stored)")
    public IdentityView verify(Caller caller, @RequestBody IdentityBody body) {
        limits.acquireIdentityVerification(caller.userId());
        return identities.verify(new VerifyIdentityRequest(caller.userId(), body.name(), body.idNumber()));
    }

    @GetMapping
    @Operation(summary = "The caller's identity", description = "status NONE until verified.")
    @ApiResponse(responseCode = "200", description = "The identity, masked")
    public IdentityView get(Caller caller) {
        return identities.getIdentity(caller.userId());
    }
}
