package io.kaola.gateway.risk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.boot.governance.GovernanceStore;
import io.kaola.common.risk.Blocklist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The blocklist as this gateway instance knows it: the governance document {@value #PATH}, compiled once per change
 * (ZooKeeper watch through {@link GovernanceStore}'s cache), so that a request asks two sets and a few ranges.
 * A document that does not parse keeps the last good list and is logged (ops write it only through the validated
 * admin API).
 */
public class GatewayBlocklist {
    /** The governance path of the blocklist document. */
    public static final String PATH = "blocklist";

    private static final Logger log = LoggerFactory.getLogger(GatewayBlocklist.class);

    private final GovernanceStore store;
    private final ObjectMapper json;
    private volatile Blocklist current = Blocklist.EMPTY;
    private volatile Blocklist.Compiled compiled = Blocklist.EMPTY.compile();

    public GatewayBlocklist(GovernanceStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
        store.onChange(PATH, path -> { if (path.equals(PATH)) reload(); });
        reload();
    }

    /** @return the list now (empty when ops never set one) */
    public Blocklist current() { return current; }

    /** @return the compiled list now */
    public Blocklist.Compiled compiled() { return compiled; }

    /** Reads the document again from the cache (called on every change of it). */
    final void reload() {
        Optional<String> document = store.read(PATH);
        try {
            Blocklist list = document.isEmpty() ? Blocklist.EMPTY : json.readValue(document.get(), Blocklist.class);
            Blocklist.Compiled ready = list.compile();
            current = list;
            compiled = ready;
            log.info("blocklist loaded: {} user ids, {} IPs/ranges, {} identity keys, {} phones", list.userIds().size(),
                    list.ips().size(), list.identityKeys().size(), list.phones().size());
        } catch (Exception e) {
            log.error("the blocklist in ZooKeeper does not parse; keeping the previous one: {}", e.getMessage());
        }
    }
}
