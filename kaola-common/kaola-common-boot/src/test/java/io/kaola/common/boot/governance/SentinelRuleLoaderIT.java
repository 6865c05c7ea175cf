package io.kaola.common.boot.governance;

import com.alibaba.csp.sentinel.Entry;
import com.alibaba.csp.sentinel.SphU;
import com.alibaba.csp.sentinel.slots.block.BlockException;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRule;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRuleManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.devinfra.TestInfra;
import org.apache.curator.framework.CuratorFramework;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

import static io.kaola.common.boot.governance.GovernanceStoreIT.await;
import static org.assertj.core.api.Assertions.assertThat;

/** A rule written in ZooKeeper reaches Sentinel's rule manager in this JVM, without a restart. */
class SentinelRuleLoaderIT {

    @Test
    void seeds_the_versioned_file_then_follows_zookeeper() throws Exception {
        String app = "loader-it-" + UUID.randomUUID();
        String resource = "loader-it-" + UUID.randomUUID();
        Path dir = Files.createTempDirectory("sentinel-seed");
        Files.createDirectories(dir.resolve("sentinel"));
        Files.writeString(dir.resolve("sentinel/flow-rules.json"),
                "[{\"resource\":\"" + resource + "\",\"grade\":1,\"count\":1000}]");
        CuratorFramework client = GovernanceStoreIT.client();
        try (GovernanceStore store = new GovernanceStore(client, new ObjectMapper(), Clock.systemUTC());
             URLClassLoader seeds = new URLClassLoader(new URL[]{dir.toUri().toURL()}, null);
             SentinelRuleLoader loader = new SentinelRuleLoader(store, ZooKeeperAddress.parse(TestInfra.zooKeeper()), app, seeds)) {
            assertThat(loader.kinds()).containsExactly(SentinelRuleKind.FLOW);
            assertThat(store.read("sentinel/" + app + "/flow")).isPresent();
            await(() -> rule(resource) != null && rule(resource).getCount() == 1000);

            store.write("sentinel/" + app + "/flow", "[{\"resource\":\"" + resource + "\",\"grade\":1,\"count\":2}]",
                    "ops:1", "tighten");
            await(() -> rule(resource) != null && rule(resource).getCount() == 2);
            int passed = 0;
            for (int i = 0; i < 10; i++) {
                try {
                    Entry e = SphU.entry(resource);
                    e.exit();
                    passed++;
                } catch (BlockException blocked) {
                    // over the limit
                }
            }
            assertThat(passed).isBetween(1, 3);

            store.write("sentinel/" + app + "/flow", "not json", "ops:1", "broken");
            Thread.sleep(300);
            assertThat(rule(resource).getCount()).as("an unreadable document keeps the rules").isEqualTo(2);

            // a kind the app never had: registered when its node appears
            store.write("sentinel/" + app + "/degrade", "[{\"resource\":\"" + resource
                    + "\",\"grade\":2,\"count\":5,\"timeWindow\":10,\"minRequestAmount\":5,\"statIntervalMs\":1000}]", "ops:1", null);
            await(() -> loader.kinds().contains(SentinelRuleKind.DEGRADE));
            await(() -> SentinelRuleKind.DEGRADE.loaded().stream().anyMatch(r -> r.getResource().equals(resource)));
        } finally {
            client.close();
        }
    }

    @Test
    void a_change_reaches_a_second_jvm_too() throws Exception {
        String app = "loader-2jvm-" + UUID.randomUUID();
        String resource = "two-jvm-" + UUID.randomUUID();
        CuratorFramework client = GovernanceStoreIT.client();
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:TieredStopAtLevel=1", "-Dcsp.sentinel.log.dir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), SentinelRulesProbe.class.getName(),
                TestInfra.zooKeeper(), app, resource).redirectErrorStream(true).start();
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream()))
                .lines().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();
        try (GovernanceStore store = new GovernanceStore(client, new ObjectMapper(), Clock.systemUTC())) {
            awaitLine(lines, "ready", 60);
            long written = System.nanoTime();
            store.write("sentinel/" + app + "/flow", "[{\"resource\":\"" + resource + "\",\"grade\":1,\"count\":7}]",
                    "ops:1", "two instances");
            awaitLine(lines, "count=7", 15);
            long first = (System.nanoTime() - written) / 1_000_000;
            written = System.nanoTime();
            store.write("sentinel/" + app + "/flow", "[{\"resource\":\"" + resource + "\",\"grade\":1,\"count\":9}]",
                    "ops:1", "again");
            awaitLine(lines, "count=9", 15);
            System.out.printf("rule reached the second JVM in %d ms (kind registered live), then %d ms%n", first,
                    (System.nanoTime() - written) / 1_000_000);
        } finally {
            other.getOutputStream().close();
            if (!other.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) other.destroyForcibly();
            client.close();
        }
    }

    private static void awaitLine(java.util.concurrent.BlockingQueue<String> lines, String wanted, int seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        StringBuilder seen = new StringBuilder();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            if (line == null) continue;
            if (line.trim().equals(wanted)) return;
            if (seen.length() < 4000) seen.append(line).append('\n');
        }
        throw new AssertionError("the second JVM never printed " + wanted + "; it printed:\n" + seen);
    }

    private static FlowRule rule(String resource) {
        return FlowRuleManager.getRules().stream().filter(r -> r.getResource().equals(resource)).findFirst().orElse(null);
    }
}
