package io.kaola.gateway.admin;

import io.kaola.common.boot.governance.GovernanceStore;
import io.kaola.common.error.CommonError;
import io.kaola.common.risk.RiskError;
import io.kaola.gateway.auth.Caller;
import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.gateway.limits.LimitRule;
import io.kaola.gateway.limits.LiveLimits;
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
 * Ops: the rate-limit rules (docs/edge-limits.md) and kaola-order's anti-spam rules, each {@code {permits, window}}:
 * the default from the application's configuration, or a live override in the governance tree at
 * {@code limits/<rule>} (validated, audited, applied by every instance within seconds, kept across restarts until
 * deleted). OPS only.
 */
@RestController
@RequestMapping("/api/admin/limits")
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class LimitsAdminController {
    private final LiveLimits limits;

    public LimitsAdminController(LiveLimits limits) { this.limits = limits; }

    /**
     * The body of a PUT.
     *
     * @param permits 1..1,000,000 events (for order-burst-*: distinct accounts)
     * @param window  ISO-8601 ({@code PT15M}) or {@code 15m}, {@code 30s}, {@code 24h}, {@code 7d}; 1 s to 7 days
     */
    public record RuleBody(Integer permits, String window) { }

    @GetMapping
    @Operation(summary = "Every limit rule: default, override, in force",
            description = "The gateway's (login-per-account-and-ip, login-per-ip, login-per-account, register-per-ip, "
                    + "identity-per-user, seckill-per-user, seckill-per-ip) and kaola-order's anti-spam rules "
                    + "(order-burst-per-phone, order-burst-per-identity: at most `permits` distinct accounts per phone or "
                    + "identity within `window`; their defaults are kaola.order.risk.* in kaola-order).")
    @ApiResponse(responseCode = "200", description = "[{rule, owner, defaults, override, effective}]")
    public List<LiveLimits.RuleView> list() { return limits.all(); }

    @PutMapping("/{rule}")
    @Operation(summary = "Override one rule live", description = "Applies on every instance within seconds; the "
            + "rule counts afresh from then on. Audited (who, when, before → after).")
    @ApiResponse(responseCode = "200", description = "The rule as ops see it now")
    @ApiResponse(responseCode = "400", description = "COMMON_INVALID_REQUEST (permits outside 1..1,000,000, window outside 1s..7d)")
    @ApiResponse(responseCode = "404", description = "COMMON_NOT_FOUND (no such rule)")
    @ApiResponse(responseCode = "409", description = "RISK_CONCURRENT_CHANGE")
    public LiveLimits.RuleView put(Caller caller, @PathVariable String rule, @RequestBody RuleBody body,
                                   @Parameter(description = "why, for the audit trail") @RequestParam(required = false) String reason) {
        requireKnown(rule);
        LimitRule parsed;
        try {
            parsed = LiveLimits.parse(body == null ? null : body.permits(), body == null ? null : body.window());
        } catch (IllegalArgumentException e) {
            throw CommonError.INVALID_REQUEST.exception(e.getMessage());
        }
        try {
            limits.set(rule, parsed, actor(caller), reason);
        } catch (GovernanceStore.ConcurrentChangeException e) {
            throw RiskError.CONCURRENT_CHANGE.exception(e.getMessage());
        }
        LiveLimits.Rule stored = new LiveLimits.Rule(parsed.permits(), parsed.window().toString());
        LiveLimits.RuleView before = limits.all().stream().filter(v -> v.rule().equals(rule)).findFirst().orElseThrow();
        return new LiveLimits.RuleView(rule, before.owner(), before.defaults(), stored, stored);
    }

    @DeleteMapping("/{rule}")
    @Operation(summary = "Drop a rule's override (back to its default)", description = "Audited; applies live.")
    @ApiResponse(responseCode = "204", description = "Dropped")
    @ApiResponse(responseCode = "404", description = "COMMON_NOT_FOUND (no such rule, or no override)")
    @ApiResponse(responseCode = "409", description = "RISK_CONCURRENT_CHANGE")
    public ResponseEntity<Void> delete(Caller caller, @PathVariable String rule, @RequestParam(required = false) String reason) {
        requireKnown(rule);
        try {
            if (limits.clear(rule, actor(caller), reason).isEmpty()) {
                throw CommonError.NOT_FOUND.exception("no override of " + rule);
            }
        } catch (GovernanceStore.ConcurrentChangeException e) {
            throw RiskError.CONCURRENT_CHANGE.exception(e.getMessage());
        }
        return ResponseEntity.noContent().build();
    }

    private static void requireKnown(String rule) {
        if (!LiveLimits.known(rule)) {
            throw CommonError.NOT_FOUND.exception("no limit rule " + rule + "; known: " + LiveLimits.GATEWAY_RULES
                    + " " + LiveLimits.ORDER_RULES);
        }
    }

    private static String actor(Caller caller) { return "ops:" + caller.userId() + " " + caller.email(); }
}
