package io.kaola.order.trade.infrastructure;

import io.kaola.order.config.OrderRiskProperties;
import io.kaola.order.trade.application.OrderRiskPorts;
import io.kaola.order.trade.domain.OrderBurstRule;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The distinct-account counters of order anti-spam in Redis: one sorted set per subject
 * ({@code <prefix>phone:<sha256 of the phone>}, {@code <prefix>identity:<identity key>}; no phone in clear), members
 * the buyer ids, scores the time of their last order. One Lua script drops the members older than the window,
 * decides with {@link OrderBurstRule#admits} semantics for both subjects, and counts the buyer in both only when both
 * admit: atomic across kaola-order instances. Keys expire one window after their last order.
 */
@Component
public class RedisBurstCounter implements OrderRiskPorts.BurstCounter {
    private static final String SCRIPT = """
            local now = tonumber(ARGV[1])
            local buyer = ARGV[2]
            local function over(key, max, window)
              redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
              if redis.call('ZSCORE', key, buyer) then return false end
              return redis.call('ZCARD', key) >= max
            end
            if over(KEYS[1], tonumber(ARGV[3]), tonumber(ARGV[4])) then return 1 end
            if over(KEYS[2], tonumber(ARGV[5]), tonumber(ARGV[6])) then return 2 end
            redis.call('ZADD', KEYS[1], now, buyer)
            redis.call('PEXPIRE', KEYS[1], ARGV[4])
            redis.call('ZADD', KEYS[2], now, buyer)
            redis.call('PEXPIRE', KEYS[2], ARGV[6])
            return 0
            """;

    private final RedissonClient redisson;
    private final String prefix;

    public RedisBurstCounter(RedissonClient redisson, OrderRiskProperties properties) {
        this.redisson = redisson;
        this.prefix = properties.keyPrefix();
    }

    @Override
    public Optional<String> admit(long buyerId, String phone, OrderBurstRule perPhone, String identityKey,
                                  OrderBurstRule perIdentity, Instant now) {
        Long verdict = redisson.getScript(StringCodec.INSTANCE).eval(RScript.Mode.READ_WRITE, SCRIPT,
                RScript.ReturnType.INTEGER,
                List.of(prefix + "phone:" + sha256(phone), prefix + "identity:" + identityKey),
                Long.toString(now.toEpochMilli()), Long.toString(buyerId),
                Integer.toString(perPhone.maxAccounts()), Long.toString(perPhone.window().toMillis()),
                Integer.toString(perIdentity.maxAccounts()), Long.toString(perIdentity.window().toMillis()));
        if (verdict == null || verdict == 0) return Optional.empty();
        return Optional.of(verdict == 1 ? "phone" : "identity");
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(String.valueOf(s).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
