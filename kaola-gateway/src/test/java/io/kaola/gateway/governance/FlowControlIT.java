package io.kaola.gateway.governance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.boot.governance.GovernanceStore;
import io.kaola.devinfra.TestInfra;
import io.kaola.gateway.auth.JwtTokens;
import io.kaola.gateway.testing.GatewayClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sentinel at the gateway, end to end in one JVM: the real gateway on a real port, its rules seeded into and read
 * from TestInfra's ZooKeeper, changed through the ops API as ops would. No provider runs: a request Sentinel passes
 * answers 400/503 from further in, a blocked one 429/503 with the flow-control codes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dubbo.protocol.port=-1", "kaola.gateway.jwt-secret=flow-control-it-secret-of-at-least-32-bytes",
                "kaola.gateway.limits.key-prefix=flow-it:${random.uuid}:"})
class FlowControlIT {
    static {
        TestInfra.start();
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long OPS = 9_100_001L;
    private static final String[] KINDS = {"flow", "param-flow", "degrade"};

    @LocalServerPort int port;
    @Autowired JwtTokens tokens;
    @Autowired GovernanceStore store;
    private final Map<String, Optional<String>> saved = new HashMap<>();

    @BeforeEach
    void save() {
        for (String k : KINDS) saved.put(k, store.read("sentinel/kaola-gateway/" + k));
        saved.put("switch", store.read("switches/checkout.enabled"));
    }

    /** Puts the seeded rules back: other ITs of this JVM share the ZooKeeper. */
    @AfterEach
    void restore() throws Exception {
        for (String k : KINDS) restore("sentinel/kaola-gateway/" + k, saved.get(k));
        restore("switches/checkout.enabled", saved.get("switch"));
        Thread.sleep(300);
    }

    private void restore(String path, Optional<String> doc) {
        if (doc.isPresent()) store.write(path, doc.get(), "test", "restore");
        else if (store.read(path).isPresent()) store.delete(path, "test", "restore");
    }

    @Test
    void seeded_rules_are_listed_per_app_and_kind() throws Exception {
        HttpResponse<String> r = send("GET", "/api/admin/flow-rules?app=kaola-gateway", null, OPS);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode rules = JSON.readTree(r.body());
        List<String> kinds = new ArrayList<>();
        rules.forEach(n -> kinds.add(n.path("kind").asText()));
        assertThat(kinds).contains("flow", "param-flow", "system");
        assertThat(r.body()).contains("\"resource\":\"checkout-by-user\"", "\"resource\":\"browse\"");
    }

    @Test
    void a_burst_over_a_flow_rule_set_through_the_ops_api_gets_429_with_retry_after_then_passes_again() throws Exception {
        HttpResponse<String> put = send("PUT", "/api/admin/flow-rules/browse?kind=flow&reason=peak",
                "{\"grade\":1,\"count\":3}", OPS);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(JSON.readTree(put.body()).path("auditSeq").asLong()).isPositive();

        HttpResponse<String> blocked = GatewayClient.awaitStatus(() -> get("/api/categories"), 429, 10);
        assertThat(blocked.headers().firstValue("Retry-After")).contains("1");
        assertThat(blocked.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(blocked.body());
        assertThat(problem.path("code").asText()).isEqualTo("COMMON_RATE_LIMITED");
        assertThat(problem.path("retryAfterSeconds").asInt()).isEqualTo(1);

        int limited = 0;
        for (int i = 0; i < 20; i++) if (get("/api/categories").statusCode() == 429) limited++;
        assertThat(limited).as("a burst of 20 over 3/s").isGreaterThanOrEqualTo(10);

        Thread.sleep(1_100);
        assertThat(get("/api/categories").statusCode()).as("after the window").isNotEqualTo(429);
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);

        JsonNode stats = JSON.readTree(send("GET", "/api/admin/flow-stats", null, OPS).body());
        JsonNode browse = null;
        for (JsonNode s : stats) if (s.path("resource").asText().equals("browse")) browse = s;
        assertThat(browse).isNotNull();
        assertThat(browse.path("blockLastMinute").asLong()).isGreaterThanOrEqualTo(10);
        assertThat(browse.path("type").asText()).isEqualTo("IN");

        // the other groups are untouched, and the rule set kept every other resource's rule
        assertThat(store.read("sentinel/kaola-gateway/flow").orElseThrow()).contains("\"checkout\"", "\"admin\"");
        send("PUT", "/api/admin/flow-rules/browse", "{\"grade\":1,\"count\":20000}", OPS);
        GatewayClient.awaitStatus(() -> get("/api/categories"), 503, 10); // no provider: passed by Sentinel
    }

    @Test
    void a_hot_parameter_rule_blocks_one_user_while_another_passes() throws Exception {
        HttpResponse<String> put = send("PUT", "/api/admin/flow-rules/checkout-by-user?kind=param-flow",
                "{\"paramIdx\":0,\"grade\":1,\"count\":2,\"durationInSec\":1}", OPS);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        HttpResponse<String> blocked = GatewayClient.awaitStatus(() -> placeOrder(501), 429, 10);
        assertThat(JSON.readTree(blocked.body()).path("code").asText()).isEqualTo("COMMON_RATE_LIMITED");
        assertThat(JSON.readTree(blocked.body()).path("resource").asText()).isEqualTo("checkout-by-user");
        assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
        for (int i = 0; i < 5; i++) placeOrder(501);
        assertThat(placeOrder(501).statusCode()).as("user 501 over its budget").isEqualTo(429);
        assertThat(placeOrder(502).statusCode()).as("user 502 has a budget of its own").isNotEqualTo(429);
    }

    @Test
    void the_checkout_switch_refuses_orders_with_503_and_on_again_accepts() throws Exception {
        HttpResponse<String> off = send("PUT", "/api/admin/switches/checkout.enabled",
                "{\"on\":false,\"reason\":\"payment provider down\"}", OPS);
        assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
        assertThat(JSON.readTree(off.body()).path("on").asBoolean()).isFalse();
        HttpResponse<String> refused = GatewayClient.awaitStatus(() -> placeOrder(601), 503, 10);
        assertThat(JSON.readTree(refused.body()).path("code").asText()).isEqualTo("COMMON_FEATURE_DISABLED");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();

        JsonNode listed = JSON.readTree(send("GET", "/api/admin/switches", null, OPS).body());
        JsonNode checkout = null;
        for (JsonNode s : listed) if (s.path("name").asText().equals("checkout.enabled")) checkout = s;
        assertThat(checkout.path("on").asBoolean()).isFalse();
        assertThat(checkout.path("set").asBoolean()).isTrue();

        send("PUT", "/api/admin/switches/checkout.enabled", "{\"on\":true}", OPS);
        Instant deadline = Instant.now().plusSeconds(10);
        HttpResponse<String> r;
        do {
            r = placeOrder(601);
        } while (r.body().contains("COMMON_FEATURE_DISABLED") && Instant.now().isBefore(deadline));
        assertThat(r.body()).doesNotContain("COMMON_FEATURE_DISABLED");

        assertThat(send("PUT", "/api/admin/switches/no.such", "{\"on\":true}", OPS).statusCode()).isEqualTo(404);
        assertThat(send("PUT", "/api/admin/switches/checkout.enabled", "{}", OPS).statusCode()).isEqualTo(400);

        JsonNode audit = JSON.readTree(send("GET", "/api/admin/audit?target=switches/checkout.enabled&limit=2", null, OPS).body());
        assertThat(audit).hasSize(2);
        assertThat(audit.get(1).path("reason").asText()).isEqualTo("payment provider down");
        assertThat(audit.get(1).path("who").asText()).isEqualTo("ops:" + OPS + " ops-" + OPS + "@kaola.test");
        assertThat(audit.get(1).path("after").asText()).isEqualTo("{\"on\":false}");
        assertThat(audit.get(0).path("after").asText()).isEqualTo("{\"on\":true}");
    }

    @Test
    void a_bad_rule_is_refused_with_400_and_nothing_is_written() throws Exception {
        String before = store.read("sentinel/kaola-gateway/flow").orElseThrow();
        long lastSeq = store.audit(1).get(0).seq();
        for (String[] bad : new String[][]{
                {"/api/admin/flow-rules/browse", "{\"grade\":1,\"count\":-1}"},
                {"/api/admin/flow-rules/browse", "{\"grade\":7,\"count\":5}"},
                {"/api/admin/flow-rules/browse", "{\"grade\":1,\"cout\":5}"},
                {"/api/admin/flow-rules/browse", "{\"resource\":\"checkout\",\"grade\":1,\"count\":5}"},
                {"/api/admin/flow-rules/browse", "\"five\""},
                {"/api/admin/flow-rules/checkout-by-user?kind=param-flow", "{\"grade\":1,\"count\":5}"},
                {"/api/admin/flow-rules/browse?kind=degrade", "{\"grade\":0,\"count\":50,\"timeWindow\":0}"}}) {
            HttpResponse<String> r = send("PUT", bad[0], bad[1], OPS);
            assertThat(r.statusCode()).as(bad[1] + " → " + r.body()).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).path("code").asText()).isEqualTo("FLOW_CONTROL_INVALID_RULE");
        }
        assertThat(send("PUT", "/api/admin/flow-rules/browse?kind=system", "{\"count\":1}", OPS).statusCode()).isEqualTo(400);
        assertThat(send("PUT", "/api/admin/flow-rules/browse?app=evil", "{\"grade\":1,\"count\":1}", OPS).statusCode()).isEqualTo(400);
        assertThat(store.read("sentinel/kaola-gateway/flow")).contains(before);
        assertThat(store.audit(1).get(0).seq()).isEqualTo(lastSeq);
        // shoppers never reach the ops API
        assertThat(send("GET", "/api/admin/flow-rules", null, -1).statusCode()).isEqualTo(403);
    }

    @Test
    void a_rule_for_another_app_is_written_under_that_app_and_audited() throws Exception {
        HttpResponse<String> r = send("PUT", "/api/admin/flow-rules/kaola-product:detail-pricing?kind=degrade&app=kaola-flow-it",
                "[{\"grade\":0,\"count\":500,\"slowRatioThreshold\":0.5,\"minRequestAmount\":10,\"statIntervalMs\":10000,\"timeWindow\":10},"
                        + "{\"grade\":1,\"count\":0.5,\"minRequestAmount\":10,\"statIntervalMs\":10000,\"timeWindow\":10}]", OPS);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Instant deadline = Instant.now().plusSeconds(10);
        while (store.read("sentinel/kaola-flow-it/degrade").isEmpty() && Instant.now().isBefore(deadline)) Thread.sleep(20);
        JsonNode stored = JSON.readTree(store.read("sentinel/kaola-flow-it/degrade").orElseThrow());
        assertThat(stored).hasSize(2);
        JsonNode audit = JSON.readTree(send("GET", "/api/admin/audit?target=sentinel/kaola-flow-it&limit=1", null, OPS).body());
        assertThat(audit.get(0).path("who").asText()).startsWith("ops:" + OPS);
        store.delete("sentinel/kaola-flow-it/degrade", "test", "cleanup");
    }

    private HttpResponse<String> placeOrder(long user) throws Exception {
        return send("POST", "/api/orders", "{}", user);
    }

    /** @param user OPS for the ops caller, a positive id for a shopper, -1 for a shopper named 1 */
    private HttpResponse<String> send(String method, String path, String body, long user) throws Exception {
        return client().send(method, path, body, user == -1 ? 1 : user, user == OPS);
    }

    private HttpResponse<String> get(String path) throws Exception { return client().get(path); }

    private GatewayClient client() { return new GatewayClient(port, tokens); }
}
