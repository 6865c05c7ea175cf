package io.kaola.common.boot.governance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The current value of every {@link FeatureSwitch}, from ZooKeeper ({@code switches/<name>}, document
 * {@code {"on": true|false}}) through the {@link GovernanceStore}'s cache: a read costs a map lookup, and a change
 * made by ops reaches every instance within ZooKeeper's watch latency, without a restart.
 */
public final class FeatureSwitches {
    private final GovernanceStore store;
    private final ObjectMapper json;
    /** The last document seen per switch path and what it says: a switch read on every request is parsed once per change. */
    private final ConcurrentHashMap<String, Parsed> parsed = new ConcurrentHashMap<>();

    private record Parsed(String document, Optional<Boolean> on) { }

    /**
     * @param store the governance tree
     * @param json  reads the documents
     */
    public FeatureSwitches(GovernanceStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    /** @return whether the switch is on now: its value in ZooKeeper, or its default while ops never set it */
    public boolean isOn(FeatureSwitch s) {
        return stored(s).orElse(s.defaultOn());
    }

    /**
     * @param s   the switch
     * @param on  the new value
     * @param who the ops caller, for the audit trail
     * @param reason why (may be null)
     * @return the audit entry, or empty when the value was already that
     */
    public Optional<AuditEntry> set(FeatureSwitch s, boolean on, String who, String reason) {
        return store.write(s.path(), "{\"on\":" + on + "}", who, reason);
    }

    /** @return every switch with its value now and whether ops set it */
    public List<SwitchValue> all() {
        List<SwitchValue> out = new ArrayList<>();
        for (FeatureSwitch s : FeatureSwitch.ALL) {
            Optional<Boolean> stored = stored(s);
            out.add(new SwitchValue(s.name(), s.owner(), stored.orElse(s.defaultOn()), s.defaultOn(), stored.isPresent(), s.effect()));
        }
        return out;
    }

    private Optional<Boolean> stored(FeatureSwitch s) {
        Optional<String> doc = store.read(s.path());
        if (doc.isEmpty()) return Optional.empty();
        Parsed last = parsed.get(s.path());
        if (last != null && last.document().equals(doc.get())) return last.on();
        Parsed now = new Parsed(doc.get(), parse(doc.get()));
        parsed.put(s.path(), now);
        return now.on();
    }

    private Optional<Boolean> parse(String doc) {
        try {
            JsonNode on = json.readTree(doc).get("on");
            return on != null && on.isBoolean() ? Optional.of(on.booleanValue()) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /**
     * A switch as ops see it.
     *
     * @param name      e.g. {@code checkout.enabled}
     * @param owner     the application that reads it
     * @param on        its value now
     * @param defaultOn its value while ops never set it
     * @param set       whether ops set it (false: the default applies)
     * @param effect    what it does
     */
    public record SwitchValue(String name, String owner, boolean on, boolean defaultOn, boolean set, String effect) { }
}
