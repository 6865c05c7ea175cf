package io.kaola.common.boot.governance;

import com.alibaba.csp.sentinel.datasource.zookeeper.ZookeeperDataSource;
import com.alibaba.csp.sentinel.property.DynamicSentinelProperty;
import com.alibaba.csp.sentinel.property.PropertyListener;
import com.alibaba.csp.sentinel.property.SentinelProperty;
import com.alibaba.csp.sentinel.slots.block.AbstractRule;
import org.apache.curator.framework.AuthInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds this app's Sentinel rule managers from ZooKeeper (issue 13 §1): one Sentinel {@link ZookeeperDataSource}
 * per {@link SentinelRuleKind} at {@code /kaola/governance/sentinel/<spring.application.name>/<kind>}, on the
 * registry's ensemble with its digest identity. A change there (ops API or zkCli) reaches every instance within
 * ZooKeeper's watch latency, without a restart.
 *
 * <p>At start, the versioned rules on the class path ({@code sentinel/<kind>-rules.json}) are seeded with
 * {@link GovernanceStore#createIfAbsent}: a rule ops changed live is kept across restarts. A kind is read from
 * ZooKeeper once it has a node (a seeded file, or a node ops created later: registered when it appears); a kind with
 * neither is left to the app (e.g. rules an app loads in code). A document that is not a JSON array of rules is
 * logged and ignored: Sentinel keeps the rules it had; rules Sentinel's own checks refuse are dropped by its managers.
 */
public final class SentinelRuleLoader implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SentinelRuleLoader.class);

    private final GovernanceStore store;
    private final String app;
    private final ZooKeeperAddress zk;
    private final Map<SentinelRuleKind, ZookeeperDataSource<List<AbstractRule>>> sources = new EnumMap<>(SentinelRuleKind.class);

    /**
     * Seeds the versioned rules and registers the data sources.
     *
     * @param store  the governance tree (seeding; notices kinds created later)
     * @param zk     the ensemble and digest identity for Sentinel's data sources
     * @param app    {@code spring.application.name}
     * @param loader where the {@code sentinel/*-rules.json} files are
     */
    public SentinelRuleLoader(GovernanceStore store, ZooKeeperAddress zk, String app, ClassLoader loader) {
        this.store = store;
        this.app = app;
        this.zk = zk;
        for (SentinelRuleKind kind : SentinelRuleKind.values()) {
            String seed = classpath(loader, kind.resource());
            if (seed != null) {
                kind.parse(seed); // a broken file in the repository fails the start, not a silent empty rule set
                if (store.createIfAbsent(kind.path(app), seed, "seed:" + app)) {
                    log.info("seeded {} into ZooKeeper", kind.path(app));
                }
            }
            if (seed != null || store.read(kind.path(app)).isPresent()) register(kind);
        }
        String prefix = "sentinel/" + app + "/";
        store.onChange("sentinel/" + app, path -> {
            if (path.startsWith(prefix)) SentinelRuleKind.of(path.substring(prefix.length())).ifPresent(this::register);
        });
    }

    /** @return the kinds this app reads from ZooKeeper now */
    public synchronized List<SentinelRuleKind> kinds() {
        return new ArrayList<>(sources.keySet());
    }

    private synchronized void register(SentinelRuleKind kind) {
        if (sources.containsKey(kind)) return;
        List<AuthInfo> auth = zk.digest()
                .map(d -> List.of(new AuthInfo("digest", d.getBytes(StandardCharsets.UTF_8)))).orElse(null);
        String group = GovernanceStore.ROOT.substring(1) + "/sentinel/" + app;
        ZookeeperDataSource<List<AbstractRule>> source = new ZookeeperDataSource<>(zk.connectString(), auth, group,
                kind.key(), text -> {
                    try {
                        return kind.parse(text);
                    } catch (IllegalArgumentException e) {
                        log.warn("ignored unreadable Sentinel {} rules of {} (kept the previous ones): {}", kind.key(),
                                app, e.getMessage());
                        throw e;
                    }
                });
        kind.register(follow(source));
        sources.put(kind, source);
        log.info("Sentinel {} rules of {} from ZooKeeper {}", kind.key(), app, zk);
    }

    /**
     * The property the rule manager listens to, fed from the data source's. Sentinel's
     * {@code DynamicSentinelProperty.addListener} hands a new listener the value it read before the data source's
     * first event could land, so a rule manager registered straight on the data source's property can receive the
     * seeded rules and then an older null that clears them (seen once on a loaded CI machine). Here every callback
     * re-reads the data source's current document under one lock, so the last one applied is always the newest.
     */
    private SentinelProperty<List<AbstractRule>> follow(ZookeeperDataSource<List<AbstractRule>> source) {
        DynamicSentinelProperty<List<AbstractRule>> target = new DynamicSentinelProperty<>();
        Runnable refresh = () -> {
            synchronized (target) {
                try {
                    List<AbstractRule> now = source.loadConfig();
                    if (now != null) target.updateValue(now);
                } catch (Exception unreadable) {
                    // logged by the parser; the rules in force stay
                }
            }
        };
        source.getProperty().addListener(new PropertyListener<>() {
            @Override
            public void configUpdate(List<AbstractRule> value) { refresh.run(); }

            @Override
            public void configLoad(List<AbstractRule> value) { refresh.run(); }
        });
        refresh.run();
        return target;
    }

    private static String classpath(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /**
     * Leaves the data sources open: Sentinel's rule managers are static per JVM and its ZooKeeper data sources share
     * one client per address in a static map, which closing would stop under a second context of the same JVM
     * (tests). They end with the JVM.
     */
    @Override
    public void close() {
        log.debug("Sentinel rules of {} keep following ZooKeeper until the JVM ends", app);
    }
}
