package io.kaola.order.trade.infrastructure;

import io.kaola.order.trade.application.OrderRiskPorts;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One log line per block ({@code RISK blocked rule=... subject=...}, masked) and the rule's count in Redis, under the
 * key the gateway reads for GET /api/admin/risk/blocks ({@code kaola:risk:blocks:<rule>}, as its RiskBlocks).
 */
@Component
public class RedisRiskBlockLog implements OrderRiskPorts.RiskBlockLog {
    static final String KEY_PREFIX = "kaola:risk:blocks:";
    private static final Logger log = LoggerFactory.getLogger(RedisRiskBlockLog.class);

    private final RedissonClient redisson;

    public RedisRiskBlockLog(RedissonClient redisson) { this.redisson = redisson; }

    @Override
    public void blocked(String rule, String maskedSubject) {
        log.warn("RISK blocked rule={} subject={}", rule, maskedSubject);
        try {
            redisson.getAtomicLong(KEY_PREFIX + rule).incrementAndGet();
        } catch (RedisException e) {
            log.warn("RISK block of rule={} not counted (Redis): {}", rule, e.toString());
        }
    }
}
