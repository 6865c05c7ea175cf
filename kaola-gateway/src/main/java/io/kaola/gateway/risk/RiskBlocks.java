package io.kaola.gateway.risk;

import org.redisson.api.RedissonClient;
import org.redisson.client.RedisException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every block of a risk rule (blocklist, order anti-spam, edge limits), counted per rule in Redis so that the count is
 * the cluster's (kaola-order counts its own rules under the same keys), and logged as one structured line
 * {@code RISK blocked rule=<rule> subject=<masked>}. The counts are how the false-positive rate is measured: the
 * end-to-end suite replays its normal traffic with every rule on and expects no block outside the tests that try to
 * be blocked (docs/governance.md#risk-control). A count that cannot be written (Redis down) is logged, never fails
 * the refusal.
 */
public class RiskBlocks {
    /** Redis key prefix of the counters: {@code kaola:risk:blocks:<rule>}; kaola-order writes the same keys. */
    public static final String KEY_PREFIX = "kaola:risk:blocks:";

    /** Every rule that can block, in the order ops see them. */
    public static final List<String> RULES = List.of(
            "blocklist.user", "blocklist.ip", "blocklist.identity", "blocklist.phone",
            "order-burst.phone", "order-burst.identity",
            "limit.login-per-account-and-ip", "limit.login-per-ip", "limit.login-per-account", "limit.register-per-ip",
            "limit.identity-per-user", "limit.seckill-per-user", "limit.seckill-per-ip");

    private static final Logger log = LoggerFactory.getLogger(RiskBlocks.class);

    private final RedissonClient redisson;

    public RiskBlocks(RedissonClient redisson) { this.redisson = redisson; }

    /**
     * Counts one block and logs it.
     *
     * @param rule    one of {@link #RULES}
     * @param subject what was blocked, already masked (io.kaola.common.risk.RiskSubjects)
     */
    public void blocked(String rule, String subject) {
        log.warn("RISK blocked rule={} subject={}", rule, subject);
        try {
            redisson.getAtomicLong(KEY_PREFIX + rule).incrementAndGet();
        } catch (RedisException e) {
            log.warn("RISK block of rule={} not counted (Redis): {}", rule, e.toString());
        }
    }

    /** @return every rule's block count since the counters were created (cluster-wide), 0 for a rule that never blocked */
    public Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String rule : RULES) out.put(rule, redisson.getAtomicLong(KEY_PREFIX + rule).get());
        return out;
    }
}
