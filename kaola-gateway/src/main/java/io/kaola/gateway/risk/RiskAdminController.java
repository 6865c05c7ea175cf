package io.kaola.gateway.risk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.boot.governance.GovernanceStore;
import io.kaola.common.error.CommonError;
import io.kaola.common.risk.Blocklist;
import io.kaola.common.risk.RiskError;
import io.kaola.gateway.auth.Caller;
import io.kaola.gateway.config.OpenApiConfig;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Ops: the blocklist (user ids, IPs, identity keys, phones) and the block counts of every risk rule
 * (docs/governance.md#risk-control). Changes are validated and audited (who, when, before → after) in the governance
 * tree, and apply on every instance of the gateway and kaola-order within ZooKeeper's watch latency. OPS only, like
 * all of /api/admin/**, and never blocked itself.
 */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class RiskAdminController {
    private final GovernanceStore store;
    private final GatewayBlocklist blocklist;
    private final RiskBlocks blocks;
    private final ObjectMapper json;

    public RiskAdminController(GovernanceStore store, GatewayBlocklist blocklist, RiskBlocks blocks, ObjectMapper json) {
        this.store = store;
        this.blocklist = blocklist;
        this.blocks = blocks;
        this.json = json;
    }

    @GetMapping("/blocklist")
    @Operation(summary = "The blocklist now", description = "{userIds, ips, identityKeys, phones}: what the gateway "
            + "(user ids, client IPs and CIDR ranges) and kaola-order at checkout (the buyer's identity key, the address "
            + "phone) refuse with 403 RISK_BLOCKED. Empty lists when ops never set one.")
    @ApiResponse(responseCode = "200", description = "{userIds, ips, identityKeys, phones}")
    public Blocklist get() {
        return store.read(GatewayBlocklist.PATH).map(this::parse).orElse(Blocklist.EMPTY);
    }

    @PutMapping("/blocklist")
    @Operation(summary = "Replace the blocklist", description = "The whole document (read it, edit it, put it back). "
            + "userIds: positive ids (at most 10,000); ips: IPv4/IPv6 addresses or CIDR ranges (at most 2,000); "
            + "identityKeys: 64 hex digits, the identity key orders carry, never an identity number (at most 5,000); "
            + "phones: 11 digits (at most 5,000). Stored normalised (duplicates dropped, canonical IPs), audited, "
            + "applied live. The admin API is never blocked, so a mistake can always be undone.")
    @ApiResponse(responseCode = "200", description = "The blocklist as stored")
    @ApiResponse(responseCode = "400", description = "COMMON_INVALID_REQUEST naming every bad entry by field and position")
    @ApiResponse(responseCode = "409", description = "RISK_CONCURRENT_CHANGE (changed by another ops meanwhile; read and retry)")
    public Blocklist put(Caller caller, @RequestBody Blocklist body,
                         @Parameter(description = "why, for the audit trail") @RequestParam(required = false) String reason) {
        if (body == null) throw CommonError.INVALID_REQUEST.exception("send {userIds, ips, identityKeys, phones}");
        Blocklist valid;
        try {
            valid = body.validated();
        } catch (IllegalArgumentException e) {
            throw CommonError.INVALID_REQUEST.exception(e.getMessage());
        }
        try {
            store.write(GatewayBlocklist.PATH, json.writeValueAsString(valid), actor(caller), reason);
        } catch (GovernanceStore.ConcurrentChangeException e) {
            throw RiskError.CONCURRENT_CHANGE.exception(e.getMessage());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return valid;
    }

    /**
     * @param blocks every rule's block count, cluster-wide (Redis), since the counters were created
     */
    public record BlockCounts(Map<String, Long> blocks) { }

    @GetMapping("/risk/blocks")
    @Operation(summary = "How often each risk rule blocked", description = "Per rule (blocklist.user, blocklist.ip, "
            + "blocklist.identity, blocklist.phone, order-burst.phone, order-burst.identity, limit.<rule>), counted by "
            + "every gateway and kaola-order instance in Redis. Read it before and after a replay of normal traffic: "
            + "any increase outside the traffic meant to be blocked is a false positive.")
    @ApiResponse(responseCode = "200", description = "{blocks: {rule: count}}")
    public BlockCounts blocks() {
        return new BlockCounts(blocks.counts());
    }

    private Blocklist parse(String document) {
        try {
            return json.readValue(document, Blocklist.class);
        } catch (JsonProcessingException e) {
            return blocklist.current();
        }
    }

    /** The audit name of an ops caller, as the other admin endpoints write it: "ops:&lt;userId&gt; &lt;email&gt;". */
    static String actor(Caller caller) { return "ops:" + caller.userId() + " " + caller.email(); }
}
