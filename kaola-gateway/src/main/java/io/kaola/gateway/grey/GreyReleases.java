package io.kaola.gateway.grey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.boot.governance.GovernanceStore;
import io.kaola.common.error.CommonError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The grey releases in force, read from the governance tree ({@code grey-release/<service>}) and kept as one
 * immutable snapshot, replaced whenever a rule changes in ZooKeeper (every gateway instance within the watch latency):
 * deciding a request's tags is a loop over a handful of rules, with no ZooKeeper access. A rule that cannot be read
 * is ignored (logged): its users stay on the untagged instances. Without the governance store
 * ({@code kaola.governance.enabled=false}) there are no rules and changing one answers 503.
 */
@Component
public class GreyReleases {
    private static final Logger log = LoggerFactory.getLogger(GreyReleases.class);

    private final GovernanceStore store;
    private final ObjectMapper json;
    private volatile Map<String, GreyRelease> rules = Map.of();

    public GreyReleases(ObjectProvider<GovernanceStore> store, ObjectMapper json) {
        this.store = store.getIfAvailable();
        this.json = json;
        if (this.store != null) {
            this.store.onChange(GreyRelease.TREE, path -> reload());
            reload();
        }
    }

    /** @return every rule, by service */
    public Map<String, GreyRelease> all() { return rules; }

    /** @return service → tag for this user (empty when in no group) */
    public Map<String, String> tagsFor(long userId) {
        Map<String, GreyRelease> current = rules;
        if (current.isEmpty()) return Map.of();
        Map<String, String> tags = new LinkedHashMap<>();
        for (GreyRelease rule : current.values()) {
            if (rule.includes(userId)) tags.put(rule.service(), rule.tag());
        }
        return tags;
    }

    /**
     * Creates or replaces the rule of {@code rule.service()}, audited.
     *
     * @return the rule as stored
     * @throws io.kaola.common.error.KaolaException COMMON_INVALID_REQUEST, COMMON_SERVICE_UNAVAILABLE (no store)
     * @throws GovernanceStore.ConcurrentChangeException when another ops changed it at the same time
     */
    public GreyRelease put(GreyRelease rule, String who, String reason) {
        GreyRelease valid = rule.validated();
        try {
            store().write(path(valid.service()), json.writeValueAsString(valid), who, reason);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        applied(valid.service(), valid);   // this instance at once; the others (and this one again) on the watch
        return valid;
    }

    /**
     * Deletes the rule of a service, audited: every user is back on the untagged instances at once.
     *
     * @return false when there was no rule
     */
    public boolean remove(String service, String who, String reason) {
        if (!GreyRelease.SERVICES.contains(service)) {
            throw CommonError.INVALID_REQUEST.exception("unknown service " + service + "; known: "
                    + GreyRelease.SERVICES.stream().sorted().toList());
        }
        boolean deleted = store().delete(path(service), who, reason).isPresent();
        applied(service, null);
        return deleted;
    }

    private GovernanceStore store() {
        if (store == null) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("the governance store is off (kaola.governance.enabled=false)");
        }
        return store;
    }

    /** The change just written, before the cache's watch event brings it back (the cache lags the write). */
    private synchronized void applied(String service, GreyRelease rule) {
        Map<String, GreyRelease> next = new LinkedHashMap<>(rules);
        if (rule == null) next.remove(service);
        else next.put(service, rule);
        rules = Map.copyOf(next);
    }

    private synchronized void reload() {
        Map<String, GreyRelease> next = new LinkedHashMap<>();
        store.children(GreyRelease.TREE).forEach((service, document) -> {
            try {
                GreyRelease rule = json.readValue(document, GreyRelease.class).validated();
                if (!rule.service().equals(service)) throw new IllegalArgumentException("stored under " + service);
                next.put(service, rule);
            } catch (JsonProcessingException | RuntimeException e) {
                log.warn("grey release {} ignored (its users stay on the untagged instances): {}", service, e.getMessage());
            }
        });
        Map<String, GreyRelease> snapshot = Map.copyOf(next);
        if (!snapshot.equals(rules)) log.info("grey releases in force: {}", snapshot.values());
        rules = snapshot;
    }

    private static String path(String service) { return GreyRelease.TREE + "/" + service; }
}
