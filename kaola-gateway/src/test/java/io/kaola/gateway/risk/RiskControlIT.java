package io.kaola.gateway.risk;

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
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Risk control at the gateway (issue 13 §4), in one JVM: the real gateway on a real port, the blocklist and the
 * limit overrides in TestInfra's ZooKeeper, changed through the ops API as ops would, the block counters in the real
 * Redis. No provider runs: a request risk control passes answers 503 from further in, a refused one 403 or 429.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dubbo.protocol.port=-1", "kaola.gateway.jwt-secret=risk-control-it-secret-of-at-least-32-bytes",
                "kaola.gateway.limits.key-prefix=risk-it:${random.uuid}:"})
class RiskControlIT {
    static {
        TestInfra.start();
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long OPS = 9_200_001L;
    private static final String LIMIT = "limits/identity-per-user";

    @LocalServerPort int port;
    @Autowired JwtTokens tokens;
    @Autowired GovernanceStore store;
    private Optional<String> savedBlocklist;
    private Optional<String> savedLimit;

    @BeforeEach
    void save() {
        savedBlocklist = store.read(GatewayBlocklist.PATH);
        savedLimit = store.read(LIMIT);
    }

    /** Puts the tree back: other ITs of this JVM share the ZooKeeper. */
    @AfterEach
    void restore() throws Exception {
        restore(GatewayBlocklist.PATH, savedBlocklist);
        restore(LIMIT, savedLimit);
        Thread.sleep(300);
    }

    private void restore(String path, Optional<String> doc) {
        if (doc.isPresent()) store.write(path, doc.get(), "test", "restore");
        else if (store.read(path).isPresent()) store.delete(path, "test", "restore");
    }

    @Test
    void a_blocked_user_gets_403_another_passes_and_unblocking_lets_them_through_again() throws Exception {
        long before = blocks("blocklist.user");
        HttpResponse<String> put = send("PUT", "/api/admin/blocklist?reason=fraud+ring",
                "{\"userIds\":[7701,7701],\"ips\":[],\"identityKeys\":[],\"phones\":[]}", OPS);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(JSON.readTree(put.body()).path("userIds").toString()).as("stored normalised").isEqualTo("[7701]");

        HttpResponse<String> refused = GatewayClient.awaitStatus(() -> send("GET", "/api/me/quota", null, 7701), 403, 10);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(refused.body()).path("code").asText()).isEqualTo("RISK_BLOCKED");
        assertThat(refused.body()).as("the answer does not say which list matched").doesNotContain("7701");
        assertThat(send("GET", "/api/me/quota", null, 7702).statusCode()).as("another user").isNotEqualTo(403);
        assertThat(blocks("blocklist.user")).as("counted").isGreaterThan(before);

        HttpResponse<String> audit = send("GET", "/api/admin/audit?limit=20", null, OPS);
        assertThat(audit.body()).contains("blocklist", "fraud ring", "ops:" + OPS);

        send("PUT", "/api/admin/blocklist", "{\"userIds\":[],\"ips\":[],\"identityKeys\":[],\"phones\":[]}", OPS);
        GatewayClient.awaitStatus(() -> send("GET", "/api/me/quota", null, 7701), 503, 10);   // passed: no user provider runs
    }

    @Test
    void a_blocked_ip_range_refuses_every_api_but_the_admin_api_so_ops_can_undo_it() throws Exception {
        long before = blocks("blocklist.ip");
        HttpResponse<String> put = send("PUT", "/api/admin/blocklist",
                "{\"userIds\":[],\"ips\":[\"127.0.0.0/8\"],\"identityKeys\":[],\"phones\":[]}", OPS);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

        HttpResponse<String> refused = GatewayClient.awaitStatus(() -> get("/api/categories"), 403, 10);
        assertThat(JSON.readTree(refused.body()).path("code").asText()).isEqualTo("RISK_BLOCKED");
        assertThat(send("GET", "/api/me/quota", null, 7703).statusCode()).isEqualTo(403);
        assertThat(blocks("blocklist.ip")).isGreaterThan(before);

        HttpResponse<String> admin = send("GET", "/api/admin/blocklist", null, OPS);
        assertThat(admin.statusCode()).as("the admin API is never blocked").isEqualTo(200);
        assertThat(admin.body()).contains("127.0.0.0/8");

        send("PUT", "/api/admin/blocklist", "{\"userIds\":[],\"ips\":[],\"identityKeys\":[],\"phones\":[]}", OPS);
        HttpResponse<String> again = GatewayClient.awaitStatus(() -> get("/api/categories"), 503, 10);  // passed: no product provider
        assertThat(again.statusCode()).isEqualTo(503);
    }

    @Test
    void a_bad_blocklist_is_refused_naming_the_entries_and_nothing_changes() throws Exception {
        HttpResponse<String> good = send("PUT", "/api/admin/blocklist", "{\"userIds\":[7704],\"ips\":[],\"identityKeys\":[],\"phones\":[]}", OPS);
        assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
        String stored = awaitStored(GatewayBlocklist.PATH, "7704");

        HttpResponse<String> bad = send("PUT", "/api/admin/blocklist",
                "{\"userIds\":[-1],\"ips\":[\"999.1.1.1\"],\"identityKeys\":[\"110105194912310021\"],\"phones\":[\"12\"]}", OPS);
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(bad.body());
        assertThat(problem.path("code").asText()).isEqualTo("COMMON_INVALID_REQUEST");
        assertThat(problem.path("detail").asText()).contains("userIds", "ips", "identityKeys", "phones");
        assertThat(problem.path("detail").asText()).as("an identity number is never echoed").doesNotContain("110105194912310021");
        assertThat(store.read(GatewayBlocklist.PATH)).contains(stored);

        assertThat(send("PUT", "/api/admin/blocklist", "{}", 7705).statusCode()).as("shoppers cannot").isEqualTo(403);
    }

    @Test
    void identity_attempts_follow_a_limit_changed_live_and_its_default_comes_back_when_the_override_is_dropped() throws Exception {
        HttpResponse<String> put = send("PUT", "/api/admin/limits/identity-per-user?reason=ID+provider+cost",
                "{\"permits\":1,\"window\":\"1m\"}", OPS);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        awaitLimit(1);

        String body = "{\"name\":\"王小明\",\"idNumber\":\"11010519491231002X\"}";
        long user = 7706;
        assertThat(send("POST", "/api/me/identity", body, user).statusCode()).as("first attempt passes").isEqualTo(503);
        HttpResponse<String> second = send("POST", "/api/me/identity", body, user);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(429);
        assertThat(JSON.readTree(second.body()).path("code").asText()).isEqualTo("COMMON_RATE_LIMITED");
        assertThat(second.headers().firstValue("Retry-After")).isPresent();
        assertThat(send("POST", "/api/me/identity", body, 7707).statusCode()).as("another user").isEqualTo(503);

        HttpResponse<String> bad = send("PUT", "/api/admin/limits/identity-per-user", "{\"permits\":0,\"window\":\"1m\"}", OPS);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(send("PUT", "/api/admin/limits/no-such-rule", "{\"permits\":1,\"window\":\"1m\"}", OPS).statusCode())
                .isEqualTo(404);

        assertThat(send("DELETE", "/api/admin/limits/identity-per-user", null, OPS).statusCode()).isBetween(200, 204);
        awaitLimit(5);
    }

    private void awaitLimit(int permits) throws Exception {
        Instant deadline = Instant.now().plusSeconds(10);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> all = send("GET", "/api/admin/limits", null, OPS);
            last = all.body();
            for (JsonNode rule : JSON.readTree(last)) {
                if (rule.path("rule").asText().equals("identity-per-user")
                        && rule.path("effective").path("permits").asInt() == permits) return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("identity-per-user never at " + permits + " permits: " + last);
    }

    /** The document at {@code path} once this instance's cache of the governance tree shows {@code containing}. */
    private String awaitStored(String path, String containing) throws Exception {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            Optional<String> doc = store.read(path);
            if (doc.isPresent() && doc.get().contains(containing)) return doc.get();
            Thread.sleep(20);
        }
        throw new AssertionError(path + " never held " + containing + ": " + store.read(path));
    }

    private long blocks(String rule) throws Exception {
        HttpResponse<String> r = send("GET", "/api/admin/risk/blocks", null, OPS);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).path("blocks").path(rule).asLong();
    }

    private HttpResponse<String> send(String method, String path, String body, long user) throws Exception {
        return client().send(method, path, body, user, user == OPS);
    }

    private HttpResponse<String> get(String path) throws Exception { return client().get(path); }

    private GatewayClient client() { return new GatewayClient(port, tokens); }
}
