package io.kaola.promotion.seckill.infrastructure;

import io.kaola.promotion.seckill.application.SeckillGate;
import io.kaola.promotion.seckill.domain.Admission;
import io.kaola.promotion.seckill.domain.FlashSaleWindow;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * {@link SeckillGate} on Redis. Keys of sale 7, all in the hash tag {@code {seckill:7}} so one script may touch them
 * together (one cluster slot): {@code :meta} (hash startsAt, endsAt in epoch ms, perUserLimit), {@code :units}
 * (units left), {@code :users} (hash user → units taken), {@code :token:<user>} (one-time token, with its TTL),
 * {@code :attempts} (hash attemptId → "QUEUED|user", "FAILED|user", later "ORDERED|user|orderNo").
 */
@Component
public class RedisSeckillGate implements SeckillGate {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** KEYS meta, units. ARGV startsAt, endsAt, perUserLimit, units. Sets them only if the sale is not warmed. */
    private static final String WARM = """
            if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
            redis.call('HSET', KEYS[1], 'startsAt', ARGV[1], 'endsAt', ARGV[2], 'perUserLimit', ARGV[3])
            redis.call('SET', KEYS[2], ARGV[4])
            return 1
            """;

    /** KEYS meta, units, users, token, attempts. ARGV user, token, now (epoch ms), attemptId. */
    private static final String ADMIT = """
            local meta = redis.call('HMGET', KEYS[1], 'startsAt', 'endsAt', 'perUserLimit')
            if not meta[1] then return 'UNKNOWN_SALE' end
            local now = tonumber(ARGV[3])
            if now < tonumber(meta[1]) then return 'NOT_STARTED' end
            if now >= tonumber(meta[2]) then return 'ENDED' end
            local token = redis.call('GET', KEYS[4])
            if (not token) or token ~= ARGV[2] then return 'BAD_TOKEN' end
            redis.call('DEL', KEYS[4])
            local taken = tonumber(redis.call('HGET', KEYS[3], ARGV[1]) or '0')
            if taken >= tonumber(meta[3]) then return 'LIMIT_REACHED' end
            if tonumber(redis.call('GET', KEYS[2]) or '0') <= 0 then return 'SOLD_OUT' end
            redis.call('DECR', KEYS[2])
            redis.call('HINCRBY', KEYS[3], ARGV[1], 1)
            redis.call('HSET', KEYS[5], ARGV[4], 'QUEUED|' .. ARGV[1])
            return 'ADMITTED'
            """;

    /** KEYS units, users, attempts. ARGV user, attemptId. */
    private static final String GIVE_BACK = """
            local attempt = redis.call('HGET', KEYS[3], ARGV[2])
            if (not attempt) or string.sub(attempt, 1, 7) ~= 'QUEUED|' then return 0 end
            redis.call('HSET', KEYS[3], ARGV[2], 'FAILED|' .. ARGV[1])
            redis.call('INCR', KEYS[1])
            redis.call('HINCRBY', KEYS[2], ARGV[1], -1)
            return 1
            """;

    private final RedissonClient redisson;

    public RedisSeckillGate(RedissonClient redisson) { this.redisson = redisson; }

    static String key(long saleId, String part) { return "kaola:{seckill:" + saleId + "}:" + part; }

    @Override
    public void warm(FlashSaleWindow sale) {
        long id = sale.saleId();
        script().eval(key(id, "meta"), RScript.Mode.READ_WRITE, WARM, RScript.ReturnType.INTEGER,
                List.of(key(id, "meta"), key(id, "units")), String.valueOf(sale.startsAt().toEpochMilli()),
                String.valueOf(sale.endsAt().toEpochMilli()), String.valueOf(sale.perUserLimit()), String.valueOf(sale.units()));
    }

    @Override
    public String issueToken(long saleId, long userId, Duration ttl) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        redisson.<String>getBucket(key(saleId, "token:" + userId), StringCodec.INSTANCE).set(token, ttl);
        return token;
    }

    @Override
    public Admission admit(long saleId, long userId, String token, String attemptId, Instant at) {
        String outcome = script().eval(key(saleId, "meta"), RScript.Mode.READ_WRITE, ADMIT, RScript.ReturnType.VALUE,
                List.of(key(saleId, "meta"), key(saleId, "units"), key(saleId, "users"), key(saleId, "token:" + userId),
                        key(saleId, "attempts")),
                String.valueOf(userId), token == null ? "" : token, String.valueOf(at.toEpochMilli()), attemptId);
        return Admission.valueOf(outcome);
    }

    @Override
    public boolean giveBack(long saleId, long userId, String attemptId) {
        Long given = script().eval(key(saleId, "meta"), RScript.Mode.READ_WRITE, GIVE_BACK, RScript.ReturnType.INTEGER,
                List.of(key(saleId, "units"), key(saleId, "users"), key(saleId, "attempts")), String.valueOf(userId), attemptId);
        return given == 1;
    }

    @Override
    public int remaining(long saleId) {
        String units = redisson.<String>getBucket(key(saleId, "units"), StringCodec.INSTANCE).get();
        return units == null ? -1 : Integer.parseInt(units);
    }

    private RScript script() { return redisson.getScript(StringCodec.INSTANCE); }
}
