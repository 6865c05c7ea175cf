package io.kaola.common.boot.governance;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.framework.imps.DefaultACLProvider;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.data.ACL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Connects every Kaola app to the governance tree in ZooKeeper (the registry's ensemble and digest identity, from
 * {@code dubbo.registry.address}) and offers {@link GovernanceStore} and {@link FeatureSwitches}.
 * {@code kaola.governance.enabled=false} leaves them out (unit tests without ZooKeeper).
 */
@AutoConfiguration(after = org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration.class)
@ConditionalOnProperty(name = "kaola.governance.enabled", havingValue = "true", matchIfMissing = true)
public class GovernanceAutoConfiguration {
    private static final Logger log = LoggerFactory.getLogger(GovernanceAutoConfiguration.class);

    /** A Curator client of its own (Dubbo's is internal to the registry), started, closed with the context. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(name = "governanceCurator")
    public CuratorFramework governanceCurator(Environment env) throws InterruptedException {
        ZooKeeperAddress zk = ZooKeeperAddress.parse(env.getRequiredProperty("dubbo.registry.address"));
        CuratorFrameworkFactory.Builder builder = CuratorFrameworkFactory.builder()
                .connectString(zk.connectString())
                .sessionTimeoutMs(30_000)
                .connectionTimeoutMs(10_000)
                .retryPolicy(new ExponentialBackoffRetry(200, 10, 5_000));
        zk.digest().ifPresent(digest -> builder
                .authorization("digest", digest.getBytes(StandardCharsets.UTF_8))
                .aclProvider(new DefaultACLProvider() {
                    @Override public List<ACL> getDefaultAcl() { return ZooDefs.Ids.CREATOR_ALL_ACL; }
                    @Override public List<ACL> getAclForPath(String path) { return ZooDefs.Ids.CREATOR_ALL_ACL; }
                }));
        CuratorFramework client = builder.build();
        client.start();
        if (!client.blockUntilConnected(30, TimeUnit.SECONDS)) {
            client.close();
            throw new IllegalStateException("ZooKeeper " + zk + " did not answer within 30 s (governance tree)");
        }
        log.info("governance tree on ZooKeeper {}", zk);
        return client;
    }

    /** The cached governance tree. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public GovernanceStore governanceStore(CuratorFramework governanceCurator, ObjectMapper json) {
        return new GovernanceStore(governanceCurator, json, Clock.systemUTC());
    }

    /**
     * This app's Sentinel rules from ZooKeeper ({@link SentinelRuleLoader}); {@code kaola.governance.sentinel-rules=false}
     * leaves Sentinel to the app's own code.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "kaola.governance.sentinel-rules", havingValue = "true", matchIfMissing = true)
    public SentinelRuleLoader sentinelRuleLoader(GovernanceStore store, Environment env) {
        return new SentinelRuleLoader(store, ZooKeeperAddress.parse(env.getRequiredProperty("dubbo.registry.address")),
                env.getProperty("spring.application.name", "application"), GovernanceAutoConfiguration.class.getClassLoader());
    }

    /** The feature switches. */
    @Bean
    @ConditionalOnMissingBean
    public FeatureSwitches featureSwitches(GovernanceStore store, ObjectMapper json) {
        return new FeatureSwitches(store, json);
    }
}
