package io.kaola.gateway.governance;

import com.alibaba.csp.sentinel.node.ClusterNode;
import com.alibaba.csp.sentinel.slotchain.ResourceWrapper;
import com.alibaba.csp.sentinel.slots.block.AbstractRule;
import com.alibaba.csp.sentinel.slots.clusterbuilder.ClusterBuilderSlot;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaola.common.boot.governance.AuditEntry;
import io.kaola.common.boot.governance.FeatureSwitch;
import io.kaola.common.boot.governance.FeatureSwitches;
import io.kaola.common.boot.governance.GovernanceStore;
import io.kaola.common.boot.governance.SentinelRuleKind;
import io.kaola.common.error.CommonError;
import io.kaola.gateway.auth.Caller;
import io.kaola.gateway.config.OpenApiConfig;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Ops: Sentinel rules of every app, feature switches, the audit trail, and this gateway instance's pass/block counts
 * (issue 13 §6, docs/governance.md). Rules and switches live in ZooKeeper ({@link GovernanceStore}); every change
 * is written with its audit entry (who = the ops caller, when, old → new, reason) and reaches every instance within
 * seconds. OPS only, like all of /api/admin/**.
 */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class GovernanceAdminController {
    /** The app whose rules {@code PUT /flow-rules/{resource}} changes when {@code ?app=} is not given. */
    public static final String DEFAULT_APP = "kaola-gateway";
    private static final Pattern APP = Pattern.compile("kaola-[a-z0-9-]{1,40}");
    private static final Pattern RESOURCE = Pattern.compile("[A-Za-z0-9_.:/(),#{}\\-]{1,200}");
    private static final ObjectMapper STRICT = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final ObjectProvider<GovernanceStore> store;
    private final ObjectProvider<FeatureSwitches> switches;
    private final ObjectMapper json;

    public GovernanceAdminController(ObjectProvider<GovernanceStore> store, ObjectProvider<FeatureSwitches> switches,
                                     ObjectMapper json) {
        this.store = store;
        this.switches = switches;
        this.json = json;
    }

    /**
     * The rules of one app and kind, as stored.
     *
     * @param app   e.g. {@code kaola-gateway}
     * @param kind  {@code flow}, {@code param-flow}, {@code degrade} or {@code system}
     * @param rules Sentinel's own rule JSON array
     */
    public record AppRules(String app, String kind, JsonNode rules) { }

    /**
     * The result of a rule change.
     *
     * @param app      the app whose rules changed
     * @param kind     the kind
     * @param resource the resource
     * @param rules    the rules of that resource and kind now
     * @param auditSeq the audit entry, or null when nothing changed
     */
    public record RuleChange(String app, String kind, String resource, JsonNode rules, Long auditSeq) { }

    /**
     * A switch change.
     *
     * @param on     the new value (required)
     * @param reason why, for the audit trail
     */
    public record SwitchChange(Boolean on, String reason) { }

    /**
     * Pass and block counts of one Sentinel resource in this gateway instance (ClusterBuilderSlot's cluster nodes).
     *
     * @param resource        e.g. {@code checkout} or {@code checkout-by-user}
     * @param type            IN (a resource group) or OUT (a hot-parameter resource)
     * @param passQps         requests passed in the last second
     * @param blockQps        requests blocked in the last second
     * @param passLastMinute  passed over the last minute
     * @param blockLastMinute blocked over the last minute
     * @param threads         requests in flight now
     * @param avgRtMs         average response time of the last second
     */
    public record FlowStat(String resource, String type, double passQps, double blockQps, long passLastMinute,
                           long blockLastMinute, int threads, double avgRtMs) { }

    @GetMapping("/flow-rules")
    @Operation(summary = "Sentinel rules of every app", description = "From the governance tree "
            + "(/kaola/governance/sentinel/<app>/<kind>); every instance of the app applies them.")
    @ApiResponse(responseCode = "200", description = "[{app, kind, rules}] sorted by app and kind")
    public List<AppRules> flowRules(@Parameter(description = "only this app") @RequestParam(required = false) String app) {
        GovernanceStore s = store();
        List<AppRules> out = new ArrayList<>();
        for (String a : apps(s)) {
            if (app != null && !app.equals(a)) continue;
            for (SentinelRuleKind kind : SentinelRuleKind.values()) {
                s.read(kind.path(a)).ifPresent(doc -> out.add(new AppRules(a, kind.key(), tree(doc))));
            }
        }
        out.sort(Comparator.comparing(AppRules::app).thenComparing(AppRules::kind));
        return out;
    }

    @PutMapping("/flow-rules/{resource}")
    @Operation(summary = "Set the rules of one resource",
            description = "The body is one Sentinel rule object (FlowRule, ParamFlowRule or DegradeRule JSON) or an "
                    + "array of them; it replaces every rule of that kind on that resource of that app ([] removes "
                    + "them). Each rule is checked with Sentinel's own validity checks (FlowRuleUtil, "
                    + "ParamFlowRuleUtil, DegradeRuleManager.isValidRule) and unknown fields are refused. Applies on "
                    + "every instance of the app within seconds, without a restart; audited.")
    @ApiResponse(responseCode = "200", description = "{app, kind, resource, rules, auditSeq}")
    @ApiResponse(responseCode = "400", description = "FLOW_CONTROL_INVALID_RULE (nothing written), COMMON_INVALID_REQUEST")
    @ApiResponse(responseCode = "409", description = "FLOW_CONTROL_CONCURRENT_CHANGE (changed by another ops meanwhile; retry)")
    public RuleChange putRule(Caller caller, @PathVariable String resource, @RequestBody JsonNode body,
                              @Parameter(description = "flow (default), param-flow or degrade")
                              @RequestParam(defaultValue = "flow") String kind,
                              @Parameter(description = "the app that owns the resource (default kaola-gateway)")
                              @RequestParam(defaultValue = DEFAULT_APP) String app,
                              @Parameter(description = "why, for the audit trail") @RequestParam(required = false) String reason) {
        SentinelRuleKind k = SentinelRuleKind.of(kind).filter(x -> x != SentinelRuleKind.SYSTEM)
                .orElseThrow(() -> CommonError.INVALID_REQUEST.exception("kind must be flow, param-flow or degrade, not " + kind));
        if (!APP.matcher(app).matches()) throw CommonError.INVALID_REQUEST.exception("app must be a kaola-* application name");
        if (!RESOURCE.matcher(resource).matches()) throw CommonError.INVALID_REQUEST.exception("bad resource name");
        ArrayNode given = validated(k, resource, body);

        GovernanceStore s = store();
        String path = k.path(app);
        ArrayNode next = json.createArrayNode();
        s.read(path).map(this::tree).filter(JsonNode::isArray)
                .ifPresent(old -> old.forEach(r -> { if (!resource.equals(r.path("resource").asText())) next.add(r); }));
        next.addAll(given);
        try {
            var entry = s.write(path, json.writeValueAsString(next), actor(caller), reason);
            return new RuleChange(app, k.key(), resource, given, entry.map(AuditEntry::seq).orElse(null));
        } catch (GovernanceStore.ConcurrentChangeException e) {
            throw FlowControlError.CONCURRENT_CHANGE.exception(e.getMessage());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @GetMapping("/switches")
    @Operation(summary = "Every feature switch and its value now", description = "From the governance tree; a switch "
            + "ops never set has its default.")
    @ApiResponse(responseCode = "200", description = "[{name, owner, on, defaultOn, set, effect}]")
    public List<FeatureSwitches.SwitchValue> listSwitches() {
        return switchBean().all();
    }

    @PutMapping("/switches/{name}")
    @Operation(summary = "Turn a feature switch on or off", description = "Applies on every instance within seconds; audited.")
    @ApiResponse(responseCode = "200", description = "The switch now")
    @ApiResponse(responseCode = "400", description = "COMMON_INVALID_REQUEST (no \"on\")")
    @ApiResponse(responseCode = "404", description = "COMMON_NOT_FOUND (no such switch)")
    @ApiResponse(responseCode = "409", description = "FLOW_CONTROL_CONCURRENT_CHANGE")
    public FeatureSwitches.SwitchValue putSwitch(Caller caller, @PathVariable String name, @RequestBody SwitchChange change) {
        FeatureSwitch s = FeatureSwitch.named(name).orElseThrow(() -> CommonError.NOT_FOUND.exception(
                "no switch " + name + "; known: " + FeatureSwitch.ALL.stream().map(FeatureSwitch::name).toList()));
        if (change == null || change.on() == null) throw CommonError.INVALID_REQUEST.exception("on (true or false) is required");
        FeatureSwitches all = switchBean();
        try {
            all.set(s, change.on(), actor(caller), change.reason());
        } catch (GovernanceStore.ConcurrentChangeException e) {
            throw FlowControlError.CONCURRENT_CHANGE.exception(e.getMessage());
        }
        return new FeatureSwitches.SwitchValue(s.name(), s.owner(), change.on(), s.defaultOn(), true, s.effect());
    }

    @GetMapping("/audit")
    @Operation(summary = "Who changed what governance data, when", description = "Rules, switches, grey releases, "
            + "the blocklist and limits; newest first; the latest 1000 are kept.")
    @ApiResponse(responseCode = "200", description = "[{seq, at, who, target, before, after, reason}]")
    public List<AuditEntry> audit(@RequestParam(defaultValue = "100") int limit,
                                  @Parameter(description = "only targets starting with this, e.g. switches/")
                                  @RequestParam(required = false) String target) {
        int n = Math.max(1, Math.min(limit, GovernanceStore.AUDIT_KEPT));
        List<AuditEntry> entries = store().audit(target == null ? n : GovernanceStore.AUDIT_KEPT);
        if (target == null) return entries;
        return entries.stream().filter(e -> e.target().startsWith(target)).limit(n).toList();
    }

    @GetMapping("/flow-stats")
    @Operation(summary = "Pass and block counts per Sentinel resource of this gateway instance",
            description = "From Sentinel's statistics in this JVM (each instance counts its own traffic).")
    @ApiResponse(responseCode = "200", description = "[{resource, type, passQps, blockQps, passLastMinute, "
            + "blockLastMinute, threads, avgRtMs}] sorted by resource")
    public List<FlowStat> flowStats() {
        List<FlowStat> out = new ArrayList<>();
        for (Map.Entry<ResourceWrapper, ClusterNode> e : ClusterBuilderSlot.getClusterNodeMap().entrySet()) {
            ClusterNode n = e.getValue();
            out.add(new FlowStat(e.getKey().getName(), e.getKey().getEntryType().name(), n.passQps(), n.blockQps(),
                    n.totalPass(), n.blockRequest(), n.curThreadNum(), n.avgRt()));
        }
        out.sort(Comparator.comparing(FlowStat::resource));
        return out;
    }

    private ArrayNode validated(SentinelRuleKind kind, String resource, JsonNode body) {
        ArrayNode rules = json.createArrayNode();
        if (body == null || !(body.isObject() || body.isArray())) {
            throw FlowControlError.INVALID_RULE.exception("the body must be a " + kind.type().getSimpleName()
                    + " JSON object or an array of them");
        }
        if (body.isObject()) rules.add(body); else rules.addAll((ArrayNode) body);
        int i = 0;
        for (JsonNode r : rules) {
            String at = rules.size() > 1 ? " (rule " + i + ")" : "";
            if (!r.isObject()) throw FlowControlError.INVALID_RULE.exception("each rule must be a JSON object" + at);
            ObjectNode o = (ObjectNode) r;
            if (!o.hasNonNull("resource")) o.put("resource", resource);
            if (!resource.equals(o.path("resource").asText())) {
                throw FlowControlError.INVALID_RULE.exception("the rule's resource " + o.path("resource").asText()
                        + " is not the resource of the path, " + resource + at);
            }
            if (!o.has("count")) throw FlowControlError.INVALID_RULE.exception("count is required" + at);
            if (kind == SentinelRuleKind.PARAM_FLOW && !o.has("paramIdx")) {
                throw FlowControlError.INVALID_RULE.exception("paramIdx is required" + at);
            }
            if (kind == SentinelRuleKind.DEGRADE && !o.has("timeWindow")) {
                throw FlowControlError.INVALID_RULE.exception("timeWindow is required" + at);
            }
            AbstractRule rule;
            try {
                rule = STRICT.treeToValue(o, kind.type());
            } catch (Exception e) {
                throw FlowControlError.INVALID_RULE.exception("not a " + kind.type().getSimpleName() + at + ": "
                        + e.getMessage().lines().findFirst().orElse(""));
            }
            if (!kind.isValid(rule)) {
                throw FlowControlError.INVALID_RULE.exception("Sentinel refuses this " + kind.key() + " rule" + at
                        + ": " + hint(kind));
            }
            i++;
        }
        return rules;
    }

    private static String hint(SentinelRuleKind kind) {
        return switch (kind) {
            case FLOW -> "count must be >= 0, grade 0 (threads) or 1 (QPS), strategy 0-2 with refResource for 1 and 2, "
                    + "controlBehavior 0-3 with maxQueueingTimeMs/warmUpPeriodSec where needed";
            case PARAM_FLOW -> "count must be >= 0, paramIdx set, grade 0 or 1, durationInSec > 0, and each "
                    + "paramFlowItemList item needs object, classType and count";
            case DEGRADE -> "count must be >= 0 (a ratio in [0, 1] for error ratio), timeWindow > 0, grade 0 (slow "
                    + "ratio, slowRatioThreshold in [0, 1]), 1 (error ratio) or 2 (error count), minRequestAmount > 0, "
                    + "statIntervalMs > 0";
            case SYSTEM -> "at least one threshold >= 0";
        };
    }

    private List<String> apps(GovernanceStore s) {
        try {
            String root = GovernanceStore.ROOT + "/sentinel";
            if (s.client().checkExists().forPath(root) == null) return List.of();
            return s.client().getChildren().forPath(root).stream().sorted().toList();
        } catch (Exception e) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("ZooKeeper did not answer; try again shortly");
        }
    }

    private JsonNode tree(String doc) {
        try {
            return json.readTree(doc);
        } catch (Exception e) {
            return json.getNodeFactory().textNode(doc);
        }
    }

    private GovernanceStore store() {
        GovernanceStore s = store.getIfAvailable();
        if (s == null) throw CommonError.SERVICE_UNAVAILABLE.exception("the governance tree is turned off in this gateway");
        return s;
    }

    private FeatureSwitches switchBean() {
        FeatureSwitches s = switches.getIfAvailable();
        if (s == null) throw CommonError.SERVICE_UNAVAILABLE.exception("the governance tree is turned off in this gateway");
        return s;
    }

    /** @return the audit name of an ops caller: "ops:&lt;userId&gt; &lt;email&gt;" (as DeadLetterController) */
    static String actor(Caller caller) { return "ops:" + caller.userId() + " " + caller.email(); }
}
