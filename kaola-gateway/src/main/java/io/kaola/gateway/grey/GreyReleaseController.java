package io.kaola.gateway.grey;

import io.kaola.common.boot.governance.GovernanceStore;
import io.kaola.common.error.CommonError;
import io.kaola.gateway.auth.Caller;
import io.kaola.gateway.config.OpenApiConfig;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Ops: grey releases (docs/governance.md, "Grey release"). A rule sends a user group's calls to one service to that
 * service's instances started with a Dubbo tag; deleting it sends everyone back to the untagged instances, on every
 * gateway instance within a second. Every change is audited in the governance tree (who, when, before → after).
 * OPS only, like all of /api/admin/**.
 */
@RestController
@RequestMapping("/api/admin/grey-release")
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class GreyReleaseController {
    private final GreyReleases releases;

    public GreyReleaseController(GreyReleases releases) { this.releases = releases; }

    @GetMapping
    @Operation(summary = "The grey releases in force", description = "One rule per service, sorted by service.")
    @ApiResponse(responseCode = "200", description = "[{service, tag, userIds, percentage}]")
    public List<GreyRelease> list() {
        return releases.all().values().stream().sorted(java.util.Comparator.comparing(GreyRelease::service)).toList();
    }

    @PutMapping
    @Operation(summary = "Start or change the grey release of a service",
            description = "{service, tag, userIds, percentage}: the listed users, and the given percentage of all "
                    + "users by a stable hash of their id, reach the instances of `service` started with Dubbo tag "
                    + "`tag` (./kaola up --beta <svc>); everyone else, and anonymous callers, the untagged ones. "
                    + "Replaces the service's rule. When no tagged instance is up, tagged calls go to the untagged ones.")
    @ApiResponse(responseCode = "200", description = "The rule as stored (userIds sorted, duplicates dropped)")
    @ApiResponse(responseCode = "400", description = "COMMON_INVALID_REQUEST (unknown service, bad tag, percentage "
            + "outside 0..100, more than 1000 userIds, a userId <= 0)")
    @ApiResponse(responseCode = "409", description = "GREY_RELEASE_CONCURRENT_CHANGE (changed by another ops meanwhile; retry)")
    public GreyRelease put(Caller caller, @RequestBody GreyRelease rule,
                           @Parameter(description = "why, for the audit trail") @RequestParam(required = false) String reason) {
        if (rule == null) throw CommonError.INVALID_REQUEST.exception("send {service, tag, userIds, percentage}");
        try {
            return releases.put(rule, actor(caller), reason);
        } catch (GovernanceStore.ConcurrentChangeException e) {
            throw GreyReleaseError.CONCURRENT_CHANGE.exception(e.getMessage());
        }
    }

    @DeleteMapping("/{service}")
    @Operation(summary = "End the grey release of a service (roll everyone back)",
            description = "From the next request on, every call to the service goes to its untagged instances.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "400", description = "COMMON_INVALID_REQUEST (unknown service)")
    @ApiResponse(responseCode = "404", description = "COMMON_NOT_FOUND (no grey release of that service)")
    @ApiResponse(responseCode = "409", description = "GREY_RELEASE_CONCURRENT_CHANGE")
    public ResponseEntity<Void> delete(Caller caller, @PathVariable String service,
                                       @RequestParam(required = false) String reason) {
        try {
            if (!releases.remove(service, actor(caller), reason)) {
                throw CommonError.NOT_FOUND.exception("no grey release of " + service);
            }
        } catch (GovernanceStore.ConcurrentChangeException e) {
            throw GreyReleaseError.CONCURRENT_CHANGE.exception(e.getMessage());
        }
        return ResponseEntity.noContent().build();
    }

    /** The audit name of an ops caller, as the other admin endpoints write it: "ops:&lt;userId&gt; &lt;email&gt;". */
    static String actor(Caller caller) { return "ops:" + caller.userId() + " " + caller.email(); }
}
