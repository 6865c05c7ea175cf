package io.kaola.gateway.limits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.boot.governance.AuditEntry;
import io.kaola.common.boot.governance.GovernanceStore;
import io.kaola.gateway.config.LimitsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rate-limit rules on the governance tree (issue 13 §4, "on the same rule machinery"): each rule's
 * {@code {permits, window}} is its default (application.yml, {@code kaola.gateway.limits.*}) unless ops set an override
 * at {@code limits/<rule>} (document {@code {"permits":5,"window":"PT15M"}}), which every gateway instance applies
 * within ZooKeeper's watch latency, without a restart. A changed rule counts afresh (its Redis key names the rule's
 * numbers). Two rules belong to kaola-order (order anti-spam, {@code order-burst-per-phone} and
 * {@code order-burst-per-identity}: permits = distinct accounts); the gateway only stores their overrides.
 */
public class LiveLimits {
    /** Where the overrides live in the governance tree. */
    public static final String PREFIX = "limits";
    /** The gateway's own rules, by the name of their property under {@code kaola.gateway.limits}. */
    public static final List<String> GATEWAY_RULES = List.of("login-per-account-and-ip", "login-per-ip",
            "login-per-account", "register-per-ip", "identity-per-user", "seckill-per-user", "seckill-per-ip");
    /** kaola-order's rules (kaola.order.risk.*), whose overrides live here too. */
    public static final List<String> ORDER_RULES = List.of("order-burst-per-phone", "order-burst-per-identity");
    /** The largest permits an override may set. */
    public static final int MAX_PERMITS = 1_000_000;
    /** The longest window an override may set. */
    public static final Duration MAX_WINDOW = Duration.ofDays(7);

    private static final Logger log = LoggerFactory.getLogger(LiveLimits.class);

    private final GovernanceStore store;
    private final ObjectMapper json;
    private final Map<String, LimitRule> defaults;
    private volatile Map<String, LimitRule> overrides = Map.of();

    /**
     * @param store the governance tree; null: defaults only (unit tests)
     * @param json  reads the documents
     * @param limits the defaults
     */
    public LiveLimits(GovernanceStore store, ObjectMapper json, LimitsProperties limits) {
        this.store = store;
        this.json = json;
        Map<String, LimitRule> d = new LinkedHashMap<>();
        d.put("login-per-account-and-ip", limits.loginPerAccountAndIp());
        d.put("login-per-ip", limits.loginPerIp());
        d.put("login-per-account", limits.loginPerAccount());
        d.put("register-per-ip", limits.registerPerIp());
        d.put("identity-per-user", limits.identityPerUser());
        d.put("seckill-per-user", limits.seckillPerUser());
        d.put("seckill-per-ip", limits.seckillPerIp());
        this.defaults = Map.copyOf(d);
        if (store != null) {
            store.onChange(PREFIX, path -> reload());
            reload();
        }
    }

    /** @return the rule in force now: the override from the tree, else the default */
    public LimitRule rule(String name) {
        LimitRule override = overrides.get(name);
        if (override != null) return override;
        LimitRule d = defaults.get(name);
        if (d == null) throw new IllegalArgumentException("no gateway limit " + name);
        return d;
    }

    /**
     * A rule as ops see it.
     *
     * @param rule     its name
     * @param owner    kaola-gateway or kaola-order (which applies it)
     * @param defaults its default (null for kaola-order's: they are kaola.order.risk.* there)
     * @param override the override in the tree, or null
     * @param effective what applies now (null for kaola-order's without an override: its default)
     */
    public record RuleView(String rule, String owner, Rule defaults, Rule override, Rule effective) { }

    /** A rule's numbers: {@code window} as ISO-8601, e.g. {@code PT15M}. */
    public record Rule(int permits, String window) {
        static Rule of(LimitRule r) { return r == null ? null : new Rule(r.permits(), r.window().toString()); }
    }

    /** @return every rule, the gateway's then kaola-order's */
    public List<RuleView> all() {
        Map<String, LimitRule> now = overrides;
        java.util.ArrayList<RuleView> out = new java.util.ArrayList<>();
        for (String name : GATEWAY_RULES) {
            out.add(new RuleView(name, "kaola-gateway", Rule.of(defaults.get(name)), Rule.of(now.get(name)), Rule.of(rule(name))));
        }
        for (String name : ORDER_RULES) {
            out.add(new RuleView(name, "kaola-order", null, Rule.of(now.get(name)), Rule.of(now.get(name))));
        }
        return out;
    }

    /**
     * Sets an override, audited.
     *
     * @return the audit entry, empty when it was already that
     * @throws IllegalArgumentException an unknown rule
     */
    public Optional<AuditEntry> set(String name, LimitRule rule, String who, String reason) {
        requireKnown(name);
        return store.write(PREFIX + "/" + name, document(rule), who, reason);
    }

    /** Removes an override (back to the default), audited; empty when there was none. */
    public Optional<AuditEntry> clear(String name, String who, String reason) {
        requireKnown(name);
        return store.delete(PREFIX + "/" + name, who, reason);
    }

    /** @return whether the name is a rule of the catalogue */
    public static boolean known(String name) { return GATEWAY_RULES.contains(name) || ORDER_RULES.contains(name); }

    /**
     * @param permits 1..{@value #MAX_PERMITS}
     * @param window  ISO-8601 ({@code PT15M}) or Spring's short form ({@code 15m}, {@code 30s}, {@code 24h}, {@code 7d}),
     *                1 s to 7 days, whole seconds
     * @return the rule
     * @throws IllegalArgumentException naming the problem
     */
    public static LimitRule parse(Integer permits, String window) {
        if (permits == null || permits < 1 || permits > MAX_PERMITS) {
            throw new IllegalArgumentException("permits must be 1.." + MAX_PERMITS);
        }
        Duration d = duration(window);
        if (d.compareTo(Duration.ofSeconds(1)) < 0 || d.compareTo(MAX_WINDOW) > 0 || d.toNanosPart() != 0) {
            throw new IllegalArgumentException("window must be whole seconds from 1s to 7d");
        }
        return new LimitRule(permits, d);
    }

    private static Duration duration(String window) {
        if (window == null || window.isBlank()) throw new IllegalArgumentException("window is required, e.g. PT15M or 15m");
        String w = window.strip();
        try {
            if (w.startsWith("P") || w.startsWith("p")) return Duration.parse(w);
            var m = java.util.regex.Pattern.compile("(\\d{1,7})(s|m|h|d)").matcher(w);
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                return switch (m.group(2)) {
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new IllegalArgumentException("window must be ISO-8601 (PT15M) or a number with s, m, h or d (15m)");
    }

    static String document(LimitRule rule) {
        return "{\"permits\":" + rule.permits() + ",\"window\":\"" + rule.window() + "\"}";
    }

    private void requireKnown(String name) {
        if (!known(name)) {
            throw new IllegalArgumentException("no limit rule " + name + "; known: " + GATEWAY_RULES + " " + ORDER_RULES);
        }
        if (store == null) throw new IllegalStateException("no governance tree");
    }

    private void reload() {
        Map<String, LimitRule> next = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : store.children(PREFIX).entrySet()) {
            try {
                JsonNode n = json.readTree(e.getValue());
                next.put(e.getKey(), parse(n.path("permits").isInt() ? n.get("permits").intValue() : null,
                        n.path("window").asText(null)));
            } catch (Exception ex) {
                log.error("limit override {} in ZooKeeper does not parse; the default applies: {}", e.getKey(), ex.getMessage());
            }
        }
        if (!next.equals(overrides)) log.info("limit overrides now {}", next);
        overrides = Map.copyOf(next);
    }
}
