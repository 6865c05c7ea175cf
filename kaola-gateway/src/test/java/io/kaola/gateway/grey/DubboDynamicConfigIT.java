package io.kaola.gateway.grey;

import io.kaola.common.boot.governance.GovernanceStore;
import io.kaola.devinfra.TestInfra;
import io.kaola.pricing.api.PricingService;
import io.kaola.pricing.api.QuoteRequest;
import org.apache.curator.framework.CuratorFramework;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dubbo's dynamic configuration on our ZooKeeper (kaola-defaults.yml {@code dubbo.config-center}; docs/governance.md,
 * "Dynamic configuration"): an application-scope configurator written to
 * {@code /dubbo/config/dubbo/kaola-gateway.configurators} changes the gateway's timeout of its calls to kaola-pricing
 * while it runs, and deleting it restores the timeout of the code, without a restart. The provider is a stand-in
 * kaola-pricing whose calls take 800 ms; the gateway's reference says 3,000 ms.
 *
 * <p>Runs in a JVM of its own (kaola-gateway/pom.xml, failsafe execution {@code dubbo-dynamic-config}): in the shared
 * IT JVM, once another gateway context had been closed (ReconciliationEndpointsIT, @DirtiesContext), Dubbo no longer
 * applied configurators to contexts started later. Production runs one gateway per JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dubbo.protocol.port=-1", "kaola.gateway.jwt-secret=grey-release-it-secret-of-at-least-32-bytes",
                "kaola.gateway.limits.key-prefix=grey-it:${random.uuid}:"})
class DubboDynamicConfigIT {
    static {
        TestInfra.start();
    }

    static final String NODE = "/dubbo/config/dubbo/kaola-gateway.configurators";
    private static StandInPricing slow;

    @Autowired PricingService pricing;
    @Autowired GovernanceStore store;

    @BeforeAll
    static void provider() {
        slow = new StandInPricing("slow", null, TestInfra.zooKeeper());
        slow.delayMs.set(800);
    }

    @AfterAll
    static void stop() {
        if (slow != null) slow.close();
    }

    @AfterEach
    void noConfigurator() throws Exception {
        zk().delete().quietly().forPath(NODE);
    }

    @Test
    void a_timeout_set_in_the_config_center_applies_to_the_running_gateway_and_is_undone_by_deleting_it() throws Exception {
        awaitProvider();
        long ms = timed(() -> pricing.quote(request()));
        assertThat(ms).as("800 ms call under the code's 3,000 ms timeout").isBetween(790L, 2900L);

        zk().create().creatingParentsIfNeeded().forPath(NODE, """
                configVersion: v3.0
                scope: application
                key: kaola-gateway
                enabled: true
                configs:
                  - side: consumer
                    parameters:
                      timeout: 300
                """.getBytes(StandardCharsets.UTF_8));
        long applied = System.nanoTime();
        RpcException timeout = awaitTimeout(() -> pricing.quote(request()));
        assertThat(timeout.isTimeout()).as(timeout.toString()).isTrue();
        System.out.printf("configurator applied within %d ms%n", Duration.ofNanos(System.nanoTime() - applied).toMillis());
        long failedAfter = timedFailure(() -> pricing.quote(request()));
        assertThat(failedAfter).as("times out at the configured 300 ms").isBetween(280L, 790L);

        zk().delete().forPath(NODE);
        awaitSuccess(() -> pricing.quote(request()));
        assertThat(timed(() -> pricing.quote(request()))).isBetween(790L, 2900L);
    }

    @Test
    void a_method_timeout_set_in_the_config_center_overrides_the_one_of_the_code() throws Exception {
        awaitProvider();
        // DubboClients gives currentFxRates its own 3,000 ms: a method parameter, so the configurator names the method
        // one line (YAML flow style), as docs/governance.md gives it for zkCli's create
        zk().create().creatingParentsIfNeeded().forPath(NODE, ("{configVersion: v3.0, scope: application, key: kaola-gateway,"
                + " enabled: true, configs: [{side: consumer, parameters: {currentFxRates.timeout: 300}}]}")
                .getBytes(StandardCharsets.UTF_8));
        RpcException timeout = awaitTimeout(() -> pricing.currentFxRates());
        assertThat(timeout.isTimeout()).isTrue();
        assertThat(timed(() -> pricing.quote(request()))).as("other methods keep theirs").isBetween(790L, 2900L);
        zk().delete().forPath(NODE);
        awaitSuccess(() -> pricing.currentFxRates());
    }

    private CuratorFramework zk() { return store.client(); }

    private static QuoteRequest request() {
        return new QuoteRequest(List.of(), LocalDate.of(2026, 1, 1), "W1", List.of(), null);
    }

    private void awaitProvider() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try {
                pricing.currentFxRates();
                return;
            } catch (RpcException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the stand-in kaola-pricing never answered");
    }

    private static long timed(Runnable call) {
        long t = System.nanoTime();
        call.run();
        return Duration.ofNanos(System.nanoTime() - t).toMillis();
    }

    private static long timedFailure(Runnable call) {
        long t = System.nanoTime();
        try {
            call.run();
        } catch (RpcException expected) {
            return Duration.ofNanos(System.nanoTime() - t).toMillis();
        }
        throw new AssertionError("the call did not fail");
    }

    private static RpcException awaitTimeout(Runnable call) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                call.run();
            } catch (RpcException e) {
                return e;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the configurator never applied within 15 s");
    }

    private static void awaitSuccess(Runnable call) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                call.run();
                return;
            } catch (RpcException stillTimingOut) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("deleting the configurator never restored the timeout within 15 s");
    }
}
