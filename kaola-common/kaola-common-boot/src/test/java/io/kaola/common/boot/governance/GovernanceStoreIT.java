package io.kaola.common.boot.governance;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.devinfra.TestInfra;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryNTimes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link GovernanceStore} on TestInfra's real ZooKeeper: two stores (two "instances") on one ensemble. */
class GovernanceStoreIT {
    private static CuratorFramework clientA;
    private static CuratorFramework clientB;
    private static GovernanceStore a;
    private static GovernanceStore b;
    private final String base = "it-" + UUID.randomUUID();

    @BeforeAll
    static void start() throws InterruptedException {
        clientA = client();
        clientB = client();
        a = new GovernanceStore(clientA, new ObjectMapper(), Clock.systemUTC());
        b = new GovernanceStore(clientB, new ObjectMapper(), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        a.close();
        b.close();
        clientA.close();
        clientB.close();
    }

    static CuratorFramework client() throws InterruptedException {
        CuratorFramework c = CuratorFrameworkFactory.newClient(TestInfra.zooKeeper(), new RetryNTimes(3, 200));
        c.start();
        assertThat(c.blockUntilConnected(30, TimeUnit.SECONDS)).isTrue();
        return c;
    }

    @Test
    void a_write_reaches_the_other_instance_with_its_audit_entry() {
        String path = base + "/doc";
        Optional<AuditEntry> entry = a.write(path, "{\"v\":1}", "ops:1 ops@kaola.test", "first");
        assertThat(entry).isPresent();
        assertThat(entry.get().before()).isNull();
        assertThat(entry.get().after()).isEqualTo("{\"v\":1}");
        await(() -> b.read(path).isPresent());
        assertThat(b.read(path)).contains("{\"v\":1}");

        AuditEntry second = a.write(path, "{\"v\":2}", "ops:2 other@kaola.test", "second").orElseThrow();
        assertThat(second.seq()).isGreaterThan(entry.get().seq());
        assertThat(second.before()).isEqualTo("{\"v\":1}");
        assertThat(a.write(path, "{\"v\":2}", "ops:2", "same again")).as("no-op, no audit").isEmpty();
        await(() -> b.audit(10).stream().anyMatch(e -> e.seq() == second.seq()));
        List<AuditEntry> trail = b.audit(AUDIT_ALL).stream().filter(e -> e.target().equals(path)).toList();
        assertThat(trail).extracting(AuditEntry::reason).containsExactly("second", "first");
        assertThat(trail.get(0).who()).isEqualTo("ops:2 other@kaola.test");
        assertThat(trail.get(0).at()).isBefore(Instant.now().plusSeconds(1));
        assertThat(b.children(base)).containsEntry("doc", "{\"v\":2}");
    }

    private static final int AUDIT_ALL = GovernanceStore.AUDIT_KEPT;

    @Test
    void delete_is_audited_and_a_missing_node_is_a_no_op() {
        String path = base + "/gone";
        a.write(path, "{}", "ops:1", null);
        AuditEntry deleted = a.delete(path, "ops:1", "cleanup").orElseThrow();
        assertThat(deleted.before()).isEqualTo("{}");
        assertThat(deleted.after()).isNull();
        await(() -> b.read(path).isEmpty());
        assertThat(a.delete(path, "ops:1", "again")).isEmpty();
    }

    @Test
    void create_if_absent_keeps_a_live_value() {
        String path = base + "/seeded";
        assertThat(a.createIfAbsent(path, "[1]", "seed:test")).isTrue();
        a.write(path, "[2]", "ops:1", "live change");
        assertThat(b.createIfAbsent(path, "[1]", "seed:test")).isFalse();
        await(() -> b.read(path).equals(Optional.of("[2]")));
    }

    @Test
    void a_change_made_under_a_writer_is_refused_not_lost() throws Exception {
        String path = base + "/race";
        a.write(path, "{\"v\":0}", "ops:1", null);
        // another writer changes the node between this writer's read and write: the version guard refuses
        String node = GovernanceStore.ROOT + "/" + path;
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Thread[] writers = new Thread[8];
        for (int i = 0; i < writers.length; i++) {
            int n = i;
            writers[i] = new Thread(() -> {
                try {
                    (n % 2 == 0 ? a : b).write(path, "{\"v\":" + (n + 1) + "}", "ops:" + n, null);
                } catch (Throwable t) {
                    failures.add(t);
                }
            });
        }
        for (Thread t : writers) t.start();
        for (Thread t : writers) t.join();
        assertThat(failures).allMatch(t -> t instanceof GovernanceStore.ConcurrentChangeException);
        long audited = a.audit(AUDIT_ALL).stream().filter(e -> e.target().equals(path)).count();
        // every write that did not fail left exactly one audit entry, plus the first write
        assertThat(audited).isEqualTo(1 + writers.length - failures.size());
        assertThat(new String(clientA.getData().forPath(node))).startsWith("{\"v\":");
        assertThatThrownBy(() -> a.write("audit/entry-x", "{}", "ops", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.write("../x", "{}", "ops", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void on_change_tells_the_other_instance_the_relative_path() {
        List<String> seen = new CopyOnWriteArrayList<>();
        b.onChange(base + "/watched", seen::add);
        a.write(base + "/watched/x", "{}", "ops:1", null);
        a.write(base + "/other", "{}", "ops:1", null);
        await(() -> seen.contains(base + "/watched/x"));
        assertThat(seen).noneMatch(p -> p.endsWith("/other"));
    }

    static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) throw new AssertionError("not within 10 s");
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
