package io.kaola.common.boot.governance;

import com.alibaba.csp.sentinel.property.SentinelProperty;
import com.alibaba.csp.sentinel.slots.block.AbstractRule;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRule;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRuleManager;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRule;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRuleManager;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRuleUtil;
import com.alibaba.csp.sentinel.slots.block.flow.param.ParamFlowRule;
import com.alibaba.csp.sentinel.slots.block.flow.param.ParamFlowRuleManager;
import com.alibaba.csp.sentinel.slots.block.flow.param.ParamFlowRuleUtil;
import com.alibaba.csp.sentinel.slots.system.SystemRule;
import com.alibaba.csp.sentinel.slots.system.SystemRuleManager;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.CollectionType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The four kinds of Sentinel rules an app reads from the governance tree, each a JSON array of Sentinel's own rule
 * objects at {@code sentinel/<app>/<kind>} (docs/governance.md): how to parse, validate and load them.
 */
public enum SentinelRuleKind {
    /** QPS or concurrency limits on a resource ({@link FlowRule}). */
    FLOW("flow", FlowRule.class, r -> FlowRuleUtil.isValidRule((FlowRule) r)),
    /** Hot-parameter limits: per value of one argument of the entry ({@link ParamFlowRule}). */
    PARAM_FLOW("param-flow", ParamFlowRule.class, r -> ParamFlowRuleUtil.isValidRule((ParamFlowRule) r)),
    /** Circuit breakers: slow-call ratio, error ratio or error count ({@link DegradeRule}). */
    DEGRADE("degrade", DegradeRule.class, r -> DegradeRuleManager.isValidRule((DegradeRule) r)),
    /** Whole-app protection: load, average RT, concurrency, QPS of every inbound entry ({@link SystemRule}). */
    SYSTEM("system", SystemRule.class, r -> systemValid((SystemRule) r));

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final String key;
    private final Class<? extends AbstractRule> type;
    private final Predicate<AbstractRule> valid;

    SentinelRuleKind(String key, Class<? extends AbstractRule> type, Predicate<AbstractRule> valid) {
        this.key = key;
        this.type = type;
        this.valid = valid;
    }

    /** The node name and the {@code ?kind=} of the ops API, e.g. {@code param-flow}. */
    public String key() { return key; }

    /** The rule class. */
    public Class<? extends AbstractRule> type() { return type; }

    /** The node of this kind's rules of an app, relative to {@link GovernanceStore#ROOT}. */
    public String path(String app) { return "sentinel/" + app + "/" + key; }

    /** The class-path file of the versioned rules of this kind, {@code sentinel/<kind>-rules.json}. */
    public String resource() { return "sentinel/" + key + "-rules.json"; }

    /** @return the kind of that key, or empty */
    public static Optional<SentinelRuleKind> of(String key) {
        for (SentinelRuleKind k : values()) if (k.key.equals(key)) return Optional.of(k);
        return Optional.empty();
    }

    /**
     * @param json a JSON array of rules of this kind; null or blank means none
     * @return the rules
     * @throws IllegalArgumentException when the text is not such an array
     */
    public List<AbstractRule> parse(String json) {
        if (json == null || json.isBlank()) return List.of();
        try {
            CollectionType list = JSON.getTypeFactory().constructCollectionType(List.class, type);
            return new ArrayList<>(JSON.readValue(json, list));
        } catch (Exception e) {
            throw new IllegalArgumentException("not a JSON array of " + type.getSimpleName() + ": "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** @return whether Sentinel itself accepts the rule (its own validity checks); Sentinel drops a rule it does not */
    public boolean isValid(AbstractRule rule) {
        return type.isInstance(rule) && valid.test(rule);
    }

    /** @return the rules as JSON text, as stored */
    public static String write(List<? extends AbstractRule> rules) {
        try {
            return JSON.writeValueAsString(rules);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registers a property (a data source's) as the source of this kind's rule manager. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void register(SentinelProperty<List<AbstractRule>> property) {
        SentinelProperty p = property;
        switch (this) {
            case FLOW -> FlowRuleManager.register2Property(p);
            case PARAM_FLOW -> ParamFlowRuleManager.register2Property(p);
            case DEGRADE -> DegradeRuleManager.register2Property(p);
            case SYSTEM -> SystemRuleManager.register2Property(p);
        }
    }

    /** The rules of this kind Sentinel applies now in this JVM. */
    public List<? extends AbstractRule> loaded() {
        return switch (this) {
            case FLOW -> FlowRuleManager.getRules();
            case PARAM_FLOW -> ParamFlowRuleManager.getRules();
            case DEGRADE -> DegradeRuleManager.getRules();
            case SYSTEM -> SystemRuleManager.getRules();
        };
    }

    private static boolean systemValid(SystemRule r) {
        return r.getHighestSystemLoad() >= 0 || r.getHighestCpuUsage() >= 0 || r.getAvgRt() >= 0
                || r.getMaxThread() >= 0 || r.getQps() >= 0;
    }
}
