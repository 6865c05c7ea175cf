package io.kaola.gateway.grey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.boot.governance.AuditEntry;
import io.kaola.common.boot.governance.GovernanceStore;
import io.kaola.devinfra.TestInfra;
import io.kaola.gateway.auth.JwtTokens;
import io.kaola.gateway.testing.GatewayClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grey release end to end in one JVM: the real gateway (HTTP, auth, the grey interceptor, its Dubbo reference to
 * kaola-pricing) and two versions of a stand-in kaola-pricing, a plain instance and one started with Dubbo tag
 * {@code beta}, each a Dubbo application of its own registered in the test ZooKeeper and reached over mutual TLS.
 * GET /api/admin/fx-rates (a gateway call to PricingService.currentFxRates) answers with the name of the instance that
 * served it. The rule is set through the ops API into the governance tree, as ops would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dubbo.protocol.port=-1", "kaola.gateway.jwt-secret=grey-release-it-secret-of-at-least-32-bytes",
                "kaola.gateway.limits.key-prefix=grey-it:${random.uuid}:"})
class GreyReleaseIT {
    static {
        TestInfra.start();
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long OPS = 9_000_001L;
    private static StandInPricing plain;
    private static StandInPricing beta;

    @LocalServerPort int port;
    @Autowired JwtTokens tokens;
    @Autowired GovernanceStore store;

    @BeforeAll
    static void providers() {
        plain = new StandInPricing("plain", null, TestInfra.zooKeeper());
        beta = new StandInPricing("beta", "beta", TestInfra.zooKeeper());
    }

    @AfterAll
    static void stopProviders() {
        if (beta != null) beta.close();
        if (plain != null) plain.close();
    }

    @AfterEach
    void noRule() throws Exception {
        if (store.read("grey-release/kaola-pricing").isPresent()) {
            store.delete("grey-release/kaola-pricing", "test", "cleanup");
        }
    }

    @Test
    void only_the_listed_users_reach_the_beta_instance_and_deleting_the_rule_rolls_everyone_back() throws Exception {
        for (long user = 1; user <= 20; user++) assertThat(servedBy(user)).as("no rule: user %d", user).isEqualTo("plain");

        HttpResponse<String> put = send("PUT", "/api/admin/grey-release?reason=try+the+new+FX+engine",
                "{\"service\":\"kaola-pricing\",\"tag\":\"beta\",\"userIds\":[7,3,7],\"percentage\":0}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(JSON.readTree(put.body()).path("userIds").toString()).isEqualTo("[3,7]");
        awaitServedBy(7, "beta");   // the gateway sees the beta provider once ZooKeeper told it

        int betaCallsBefore = beta.calls.get();
        for (int round = 0; round < 3; round++) {
            for (long user = 1; user <= 20; user++) {
                assertThat(servedBy(user)).as("user %d", user).isEqualTo(user == 3 || user == 7 ? "beta" : "plain");
            }
        }
        assertThat(beta.calls.get() - betaCallsBefore).as("only users 3 and 7 reached beta").isEqualTo(6);

        JsonNode listed = JSON.readTree(send("GET", "/api/admin/grey-release", null).body());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("tag").asText()).isEqualTo("beta");
        AuditEntry audit = store.audit(1).get(0);
        assertThat(audit.target()).isEqualTo("grey-release/kaola-pricing");
        assertThat(audit.who()).isEqualTo("ops:" + OPS + " ops-" + OPS + "@kaola.test");
        assertThat(audit.reason()).isEqualTo("try the new FX engine");

        HttpResponse<String> deleted = send("DELETE", "/api/admin/grey-release/kaola-pricing", null);
        assertThat(deleted.statusCode()).isEqualTo(204);
        for (long user = 1; user <= 20; user++) assertThat(servedBy(user)).as("rolled back: user %d", user).isEqualTo("plain");
        assertThat(send("DELETE", "/api/admin/grey-release/kaola-pricing", null).statusCode()).isEqualTo(404);
        assertThat(store.audit(1).get(0).after()).isNull();
    }

    @Test
    void a_percentage_selects_users_by_a_stable_hash_of_their_id() throws Exception {
        assertThat(send("PUT", "/api/admin/grey-release",
                "{\"service\":\"kaola-pricing\",\"tag\":\"beta\",\"percentage\":30}").statusCode()).isEqualTo(200);
        LongPredicate inGroup = user -> GreyRelease.bucket("kaola-pricing", user) < 30;
        long someoneIn = firstUser(inGroup);
        awaitServedBy(someoneIn, "beta");

        List<Long> reachedBeta = new ArrayList<>();
        for (long user = 1; user <= 100; user++) {
            String first = servedBy(user);
            assertThat(servedBy(user)).as("stable for user %d", user).isEqualTo(first);
            assertThat(first).as("user %d (bucket %d)", user, GreyRelease.bucket("kaola-pricing", user))
                    .isEqualTo(inGroup.test(user) ? "beta" : "plain");
            if (first.equals("beta")) reachedBeta.add(user);
        }
        assertThat(reachedBeta.size()).as("about 30 of 100 users").isBetween(15, 45);

        // raising the percentage keeps everyone who was in
        send("PUT", "/api/admin/grey-release", "{\"service\":\"kaola-pricing\",\"tag\":\"beta\",\"percentage\":60}");
        for (long user : reachedBeta) assertThat(servedBy(user)).isEqualTo("beta");
    }

    @Test
    void untagged_calls_never_reach_a_beta_instance_even_when_no_plain_one_is_up() throws Exception {
        send("PUT", "/api/admin/grey-release", "{\"service\":\"kaola-pricing\",\"tag\":\"beta\",\"userIds\":[5]}");
        awaitServedBy(5, "beta");
        plain.close();
        try {
            Instant deadline = Instant.now().plusSeconds(15);
            int status = 0;
            while (Instant.now().isBefore(deadline) && (status = fxRates(6).statusCode()) == 200) Thread.sleep(100);
            assertThat(status).as("user 6, not in the group, with only the beta instance up").isEqualTo(503);
            assertThat(JSON.readTree(fxRates(6).body()).path("code").asText()).isEqualTo("COMMON_SERVICE_UNAVAILABLE");
            assertThat(servedBy(5)).isEqualTo("beta");
        } finally {
            plain = new StandInPricing("plain", null, TestInfra.zooKeeper());
            awaitServedBy(6, "plain");
        }
    }

    @Test
    void an_invalid_rule_is_refused_and_changes_nothing() throws Exception {
        for (String body : List.of(
                "{\"service\":\"kaola-nope\",\"tag\":\"beta\",\"percentage\":10}",
                "{\"service\":\"kaola-pricing\",\"tag\":\"Beta!\",\"percentage\":10}",
                "{\"service\":\"kaola-pricing\",\"tag\":\"beta\",\"percentage\":101}",
                "{\"service\":\"kaola-pricing\",\"tag\":\"beta\",\"userIds\":[0]}",
                "{\"service\":\"kaola-pricing\",\"tag\":\"beta\",\"userIds\":" + range(1001) + "}")) {
            HttpResponse<String> r = send("PUT", "/api/admin/grey-release", body);
            assertThat(r.statusCode()).as(body).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).path("code").asText()).isEqualTo("COMMON_INVALID_REQUEST");
        }
        assertThat(store.read("grey-release/kaola-pricing")).isEmpty();
        HttpResponse<String> shopper = client().send("GET", "/api/admin/grey-release", null, 42, false);
        assertThat(shopper.statusCode()).isEqualTo(403);
    }

    private static String range(int n) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 1; i <= n; i++) s.append(i == 1 ? "" : ",").append(i);
        return s.append(']').toString();
    }

    private static long firstUser(LongPredicate p) {
        for (long u = 1; ; u++) if (p.test(u)) return u;
    }

    private void awaitServedBy(long user, String instance) throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        String last = null;
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> r = fxRates(user);
            if (r.statusCode() == 200 && instance.equals(last = source(r))) return;
            Thread.sleep(100);
        }
        throw new AssertionError("user " + user + " never reached " + instance + " (last: " + last + ")");
    }

    private String servedBy(long user) throws Exception {
        HttpResponse<String> r = fxRates(user);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return source(r);
    }

    private static String source(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body()).get(0).path("source").asText();
    }

    /** GET /api/admin/fx-rates as this user (every test user is OPS: the endpoint is the gateway's call to pricing). */
    private HttpResponse<String> fxRates(long user) throws Exception {
        return client().send("GET", "/api/admin/fx-rates", null, user, true);
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return client().send(method, path, body, OPS, true);
    }

    private GatewayClient client() { return new GatewayClient(port, tokens); }
}
