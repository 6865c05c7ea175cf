package io.kaola.common.boot.governance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.api.transaction.CuratorOp;
import org.apache.curator.framework.recipes.cache.ChildData;
import org.apache.curator.framework.recipes.cache.CuratorCache;
import org.apache.curator.framework.recipes.cache.CuratorCacheListener;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.data.Stat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The governance data of the cluster in ZooKeeper, under {@value #ROOT}: Sentinel rules, feature switches, grey
 * releases, the blocklist, and the audit trail of every change to them (issue 13). Every app keeps the whole tree in
 * a {@link CuratorCache}, so a read is a map lookup and a change made anywhere reaches every instance within
 * ZooKeeper's watch latency (tens of milliseconds locally).
 *
 * <p>Documents are JSON text. A {@link #write write} and its audit entry are one ZooKeeper transaction, guarded by
 * the version read: two ops changing one document at once cannot both win silently (the second gets
 * {@link ConcurrentChangeException}), and no change is ever made without its audit entry. The trail keeps the
 * latest {@value #AUDIT_KEPT} entries.
 *
 * <p>Paths are relative to the root, e.g. {@code switches/checkout.enabled}; the layout is in docs/governance.md.
 */
public final class GovernanceStore implements AutoCloseable {
    /** The root of every governance node. */
    public static final String ROOT = "/kaola/governance";
    /** Where the audit entries live (persistent sequential nodes {@code entry-NNNNNNNNNN}). */
    public static final String AUDIT = "audit";
    /** How many audit entries are kept; older ones are pruned on write. */
    public static final int AUDIT_KEPT = 1000;

    private static final Logger log = LoggerFactory.getLogger(GovernanceStore.class);
    private static final String AUDIT_PREFIX = ROOT + "/" + AUDIT + "/entry-";

    private final CuratorFramework client;
    private final CuratorCache cache;
    private final ObjectMapper json;
    private final Clock clock;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    private record Listener(String prefix, Consumer<String> onChange) { }

    /**
     * Starts the cache and waits (at most 30 s) until it holds the current tree.
     *
     * @param client a started client
     * @param json   reads and writes audit entries
     * @param clock  the time of audit entries
     * @throws IllegalStateException when ZooKeeper does not answer in time
     */
    public GovernanceStore(CuratorFramework client, ObjectMapper json, Clock clock) {
        this.client = client;
        this.json = json;
        this.clock = clock;
        try {
            client.createContainers(ROOT + "/" + AUDIT);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create " + ROOT + " in ZooKeeper: " + e.getMessage(), e);
        }
        this.cache = CuratorCache.build(client, ROOT);
        CountDownLatch initialized = new CountDownLatch(1);
        cache.listenable().addListener(CuratorCacheListener.builder()
                .forAll((type, oldData, data) -> changed(data != null ? data.getPath() : oldData.getPath()))
                .forInitialized(initialized::countDown)
                .build());
        cache.start();
        try {
            if (!initialized.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the governance tree did not load from ZooKeeper within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the governance tree", e);
        }
    }

    /**
     * @param path relative path, e.g. {@code switches/checkout.enabled}
     * @return the document as last seen by this instance's cache, or empty when the node is absent or empty
     */
    public Optional<String> read(String path) {
        return cache.get(absolute(path)).map(ChildData::getData).filter(d -> d != null && d.length > 0)
                .map(d -> new String(d, StandardCharsets.UTF_8));
    }

    /**
     * @param path relative path of a parent, e.g. {@code switches}
     * @return each child's name mapped to its document (children without data are left out), sorted by name
     */
    public Map<String, String> children(String path) {
        String parent = absolute(path) + "/";
        Map<String, String> out = new TreeMap<>();
        cache.stream().filter(c -> c.getPath().startsWith(parent) && c.getPath().indexOf('/', parent.length()) < 0)
                .filter(c -> c.getData() != null && c.getData().length > 0)
                .forEach(c -> out.put(c.getPath().substring(parent.length()), new String(c.getData(), StandardCharsets.UTF_8)));
        return out;
    }

    /**
     * Creates or replaces a document, with its audit entry, in one transaction. Writing the same text again is a
     * no-op (no audit entry).
     *
     * @param path     relative path (not under {@value #AUDIT})
     * @param document the new JSON text (validated by the caller)
     * @param who      the ops caller
     * @param reason   why (may be null)
     * @return the audit entry, or empty when nothing changed
     * @throws ConcurrentChangeException when the node changed between the read and the write
     */
    public Optional<AuditEntry> write(String path, String document, String who, String reason) {
        return change(path, document, who, reason);
    }

    /**
     * Deletes a document, with its audit entry, in one transaction.
     *
     * @return the audit entry, or empty when the node did not exist
     * @throws ConcurrentChangeException when the node changed between the read and the delete
     */
    public Optional<AuditEntry> delete(String path, String who, String reason) {
        return change(path, null, who, reason);
    }

    /**
     * Creates a document only when the node is absent (seeding from the versioned files in the repository at start):
     * a value ops set live is kept across restarts. Audited as {@code who} when it creates.
     *
     * @return true when it created the node
     */
    public boolean createIfAbsent(String path, String document, String who) {
        if (exists(path)) return false;
        try {
            return change(path, document, who, "seeded from the repository").isPresent();
        } catch (ConcurrentChangeException e) {
            return false; // another instance seeded it first
        }
    }

    /**
     * @param limit at most this many, newest first
     * @return the latest audit entries
     */
    public List<AuditEntry> audit(int limit) {
        List<AuditEntry> entries = new ArrayList<>();
        for (Map.Entry<String, String> e : children(AUDIT).entrySet()) {
            try {
                JsonNode n = json.readTree(e.getValue());
                entries.add(new AuditEntry(Long.parseLong(e.getKey().substring("entry-".length())),
                        Instant.parse(n.path("at").asText()), n.path("who").asText(), n.path("target").asText(),
                        text(n, "before"), text(n, "after"), text(n, "reason")));
            } catch (JsonProcessingException | RuntimeException ex) {
                log.warn("unreadable audit entry {}: {}", e.getKey(), ex.getMessage());
            }
        }
        entries.sort(Comparator.comparingLong(AuditEntry::seq).reversed());
        return entries.subList(0, Math.min(limit, entries.size()));
    }

    /**
     * Calls {@code onChange} with the relative path of every node under {@code prefix} that is created, changed or
     * deleted, on Curator's event thread (keep it short). Not called for the nodes present at start.
     *
     * @param prefix relative path prefix, e.g. {@code switches}
     */
    public void onChange(String prefix, Consumer<String> onChange) {
        listeners.add(new Listener(absolute(prefix), onChange));
    }

    /** The started client on the governance ensemble, e.g. for Sentinel's data sources. */
    public CuratorFramework client() {
        return client;
    }

    @Override
    public void close() {
        cache.close();
    }

    private boolean exists(String path) {
        try {
            return client.checkExists().forPath(absolute(path)) != null;
        } catch (Exception e) {
            throw new IllegalStateException("ZooKeeper: " + e.getMessage(), e);
        }
    }

    private Optional<AuditEntry> change(String path, String document, String who, String reason) {
        if (path.startsWith(AUDIT)) throw new IllegalArgumentException("the audit trail is written only by the store");
        String node = absolute(path);
        try {
            Stat stat = new Stat();
            String before = null;
            try {
                byte[] data = client.getData().storingStatIn(stat).forPath(node);
                before = data == null || data.length == 0 ? null : new String(data, StandardCharsets.UTF_8);
            } catch (KeeperException.NoNodeException absent) {
                stat = null;
            }
            if (document == null && stat == null) return Optional.empty();
            if (document != null && document.equals(before)) return Optional.empty();
            Instant at = clock.instant();
            ObjectNode entry = json.createObjectNode();
            entry.put("at", at.toString()).put("who", who).put("target", path)
                    .put("before", before).put("after", document).put("reason", reason);
            List<CuratorOp> ops = new ArrayList<>();
            if (stat == null) {
                client.createContainers(node.substring(0, node.lastIndexOf('/')));
                ops.add(client.transactionOp().create().forPath(node, bytes(document)));
            } else if (document == null) {
                ops.add(client.transactionOp().delete().withVersion(stat.getVersion()).forPath(node));
            } else {
                ops.add(client.transactionOp().setData().withVersion(stat.getVersion()).forPath(node, bytes(document)));
            }
            ops.add(client.transactionOp().create().withMode(CreateMode.PERSISTENT_SEQUENTIAL)
                    .forPath(AUDIT_PREFIX, bytes(json.writeValueAsString(entry))));
            var results = client.transaction().forOperations(ops);
            String created = results.get(results.size() - 1).getResultPath();
            long seq = Long.parseLong(created.substring(AUDIT_PREFIX.length()));
            log.info("GOVERNANCE {} {} by {}", document == null ? "deleted" : "set", path, who);
            pruneAudit(seq);
            return Optional.of(new AuditEntry(seq, at, who, path, before, document, reason));
        } catch (KeeperException.BadVersionException | KeeperException.NodeExistsException
                 | KeeperException.NoNodeException e) {
            throw new ConcurrentChangeException(path);
        } catch (ConcurrentChangeException | IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot write " + path + " to ZooKeeper: " + e.getMessage(), e);
        }
    }

    private void pruneAudit(long newest) {
        if (newest % 50 != 0) return;
        try {
            for (String child : client.getChildren().forPath(ROOT + "/" + AUDIT)) {
                long seq = Long.parseLong(child.substring("entry-".length()));
                if (seq <= newest - AUDIT_KEPT) client.delete().quietly().forPath(ROOT + "/" + AUDIT + "/" + child);
            }
        } catch (Exception e) {
            log.warn("cannot prune the audit trail: {}", e.getMessage());
        }
    }

    private void changed(String absolutePath) {
        if (!absolutePath.startsWith(ROOT + "/")) return;
        String relative = absolutePath.substring(ROOT.length() + 1);
        for (Listener l : listeners) {
            if (absolutePath.startsWith(l.prefix())) {
                try {
                    l.onChange().accept(relative);
                } catch (RuntimeException e) {
                    log.warn("governance listener failed for {}: {}", relative, e.toString());
                }
            }
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String absolute(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("..") || path.endsWith("/")) {
            throw new IllegalArgumentException("bad governance path: " + path);
        }
        return ROOT + "/" + path;
    }

    /** Another writer changed the document first: read it again and retry. */
    public static final class ConcurrentChangeException extends RuntimeException {
        /** @param path the relative path that changed under the writer */
        public ConcurrentChangeException(String path) {
            super(path + " was changed by someone else at the same time; read it again and retry");
        }
    }
}
