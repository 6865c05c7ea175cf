package io.kaola.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The false-positive rate of risk control (issue 13 §4; docs/governance.md#risk-control): the other end-to-end
 * classes are the replay of normal traffic, run with every rule on at its defaults on the shared stack (whose Redis,
 * where the block counters live, starts empty). Afterwards no rule may have blocked anything but the rules
 * {@code SecuritySuiteIT} sets out to trip; a false block inside a journey would have failed that journey already.
 * Runs last.
 */
@org.junit.jupiter.api.Order(10)
class RiskReplayIT {
    /** The rules SecuritySuiteIT trips on purpose (brute-force logins, identity guesses, registration bots). */
    private static final Set<String> TRIPPED_ON_PURPOSE = Set.of("limit.login-per-account-and-ip",
            "limit.login-per-account", "limit.identity-per-user", "limit.register-per-ip");

    @Test
    void the_suite_s_normal_traffic_was_never_blocked_by_a_risk_rule() throws Exception {
        Stack stack = Stack.shared();
        String ops = Shoppers.login(stack.api(), stack.opsEmail, stack.opsPassword);
        Http.Response r = Http.get(stack.api() + "/admin/risk/blocks", ops);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        Map<String, Long> falsePositives = new TreeMap<>();
        Map<String, Long> all = new TreeMap<>();
        r.json().path("blocks").fields().forEachRemaining(e -> {
            all.put(e.getKey(), e.getValue().asLong());
            if (!TRIPPED_ON_PURPOSE.contains(e.getKey()) && e.getValue().asLong() > 0) falsePositives.put(e.getKey(), e.getValue().asLong());
        });
        System.out.println("risk blocks after the end-to-end suite: " + all);
        assertThat(all).as("every rule is counted").containsKeys("blocklist.user", "order-burst.phone", "order-burst.identity");
        assertThat(falsePositives).as("blocks of normal traffic (false positives)").isEmpty();
        JsonNode blocks = r.json().path("blocks");
        assertThat(blocks.path("limit.login-per-account-and-ip").asLong() + blocks.path("limit.login-per-account").asLong())
                .as("the brute-force test was blocked: the replay ran with the rules on").isPositive();
    }
}
