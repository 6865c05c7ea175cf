package io.kaola.promotion.seckill.infrastructure;

import io.kaola.promotion.api.AttemptStatus;
import io.kaola.promotion.seckill.application.SeckillGate;
import io.kaola.promotion.seckill.domain.Admission;
import io.kaola.promotion.seckill.domain.AttemptRecord;
import io.kaola.promotion.seckill.domain.FlashSaleWindow;
import io.kaola.promotion.seckill.domain.GateSnapshot;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * {@link SeckillGate} on Redis. Keys of sale 7, all in the hash tag {@code {seckill:7}} so one script may touch them
 * together (one cluster slot): {@code :meta} (hash startsAt, endsAt in epoch ms, perUserLimit), {@code :units}
 * (units left), {@code :users} (hash user → units taken), {@code :token:<user>} (one-time token, with its TTL),
 * {@code :attempts} (hash attemptId → {@link AttemptRecord} as {@code STATUS|user|admittedAtMs|detail}),
 * {@code :payloads} (hash attemptId → the queued attempt's message, removed once it is settled).
 * One hot sale is one slot: its load is spread by the gateway's near cache of the sale page and by the limits in
 * front of admission, not across shards (docs/promotions.md).
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

    /** KEYS meta, units, users, token, attempts, payloads. ARGV user, token, now (epoch ms), attemptId, payload. */
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
            redis.call('HSET', KEYS[5], ARGV[4], 'QUEUED|' .. ARGV[1] .. '|' .. ARGV[3] .. '|')
            redis.call('HSET', KEYS[6], ARGV[4], ARGV[5])
            return 'ADMITTED'
            """;

    /** KEYS units, users, attempts, payloads. ARGV attemptId, reason. */
    private static final String GIVE_BACK = """
            local attempt = redis.call('HGET', KEYS[3], ARGV[1])
            if not attempt then return 0 end
            local user, at = string.match(attempt, '^QUEUED|(%d+)|(%d+)|')
            if not user then return 0 end
            redis.call('HSET', KEYS[3], ARGV[1], 'FAILED|' .. user .. '|' .. at .. '|' .. ARGV[2])
            redis.call('HDEL', KEYS[4], ARGV[1])
            redis.call('INCR', KEYS[1])
            redis.call('HINCRBY', KEYS[2], user, -1)
            return 1
            """;

    /** KEYS attempts, payloads. ARGV attemptId, orderNo. */
    private static final String SETTLE = """
            local attempt = redis.call('HGET', KEYS[1], ARGV[1])
            if not attempt then return 0 end
            local user, at = string.match(attempt, '^QUEUED|(%d+)|(%d+)|')
            if user then
              redis.call('HSET', KEYS[1], ARGV[1], 'ORDERED|' .. user .. '|' .. at .. '|' .. ARGV[2])
              redis.call('HDEL', KEYS[2], ARGV[1])
              return 1
            end
            if string.sub(attempt, -string.len(ARGV[2]) - 1) == '|' .. ARGV[2] and string.sub(attempt, 1, 8) == 'ORDERED|' then
              return 1
            end
            return 0
            """;

    /** KEYS units, attempts. Returns units (-1 when not warmed), ordered, failed, then queued id/value pairs. */
    private static final String SNAPSHOT = """
            local units = redis.call('GET', KEYS[1])
            local out = {units and tonumber(units) or -1, 0, 0}
            local all = redis.call('HGETALL', KEYS[2])
            for i = 1, #all, 2 do
              local status = string.match(all[i + 1], '^(%u+)|')
              if status == 'ORDERED' then out[2] = out[2] + 1
              elseif status == 'FAILED' then out[3] = out[3] + 1
              else table.insert(out, all[i]); table.insert(out, all[i + 1]) end
            end
            return out
            """;

    /** KEYS units. ARGV expected, delta. */
    private static final String ADJUST = """
            local units = redis.call('GET', KEYS[1])
            if (not units) or units ~= ARGV[1] then return 0 end
            local next = tonumber(units) + tonumber(ARGV[2])
            if next < 0 then next = 0 end
            redis.call('SET', KEYS[1], tostring(next))
            return 1
            """;

    /** KEYS meta. ARGV at (epoch ms). */
    private static final String END_AT = """
            local ends = redis.call('HGET', KEYS[1], 'endsAt')
            if ends and tonumber(ends) > tonumber(ARGV[1]) then redis.call('HSET', KEYS[1], 'endsAt', ARGV[1]) end
            return 1
            """;

    /** KEYS meta, units, users, attempts, payloads. ARGV ttl ms. */
    private static final String EXPIRE = """
            for i = 1, #KEYS do redis.call('PEXPIRE', KEYS[i], ARGV[1]) end
            return 1
            """;

    private final RedissonClient redisson;

    public RedisSeckillGate(RedissonClient redisson) { this.redisson = redisson; }

    static String key(long saleId, String part) { return "kaola:{seckill:" + saleId + "}:" + part; }

    @Override
    public void warm(FlashSaleWindow sale, int units) {
        long id = sale.saleId();
        script().eval(key(id, "meta"), RScript.Mode.READ_WRITE, WARM, RScript.ReturnType.INTEGER,
                List.of(key(id, "meta"), key(id, "units")), String.valueOf(sale.startsAt().toEpochMilli()),
                String.valueOf(sale.endsAt().toEpochMilli()), String.valueOf(sale.perUserLimit()),
                String.valueOf(Math.max(0, units)));
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
    public Admission admit(long saleId, long userId, String token, String attemptId, String payload, Instant at) {
        String outcome = script().eval(key(saleId, "meta"), RScript.Mode.READ_WRITE, ADMIT, RScript.ReturnType.VALUE,
                List.of(key(saleId, "meta"), key(saleId, "units"), key(saleId, "users"), key(saleId, "token:" + userId),
                        key(saleId, "attempts"), key(saleId, "payloads")),
                String.valueOf(userId), token == null ? "" : token, String.valueOf(at.toEpochMilli()), attemptId,
                payload == null ? "" : payload);
        return Admission.valueOf(outcome);
    }

    @Override
    public boolean giveBack(long saleId, String attemptId, String reason) {
        Long given = script().eval(key(saleId, "meta"), RScript.Mode.READ_WRITE, GIVE_BACK, RScript.ReturnType.INTEGER,
                List.of(key(saleId, "units"), key(saleId, "users"), key(saleId, "attempts"), key(saleId, "payloads")),
                attemptId, reason == null ? "" : reason.replace('|', '/'));
        return given == 1;
    }

    @Override
    public boolean settleOrdered(long saleId, String attemptId, String orderNo) {
        Long settled = script().eval(key(saleId, "meta"), RScript.Mode.READ_WRITE, SETTLE, RScript.ReturnType.INTEGER,
                List.of(key(saleId, "attempts"), key(saleId, "payloads")), attemptId, orderNo);
        return settled == 1;
    }

    @Override
    public AttemptRecord attempt(long saleId, String attemptId) {
        String value = redisson.<String, String>getMap(key(saleId, "attempts"), StringCodec.INSTANCE).get(attemptId);
        return value == null ? null : AttemptRecord.parse(attemptId, value);
    }

    @Override
    public String payload(long saleId, String attemptId) {
        return redisson.<String, String>getMap(key(saleId, "payloads"), StringCodec.INSTANCE).get(attemptId);
    }

    @Override
    public GateSnapshot snapshot(long saleId) {
        List<Object> out = script().eval(key(saleId, "meta"), RScript.Mode.READ_ONLY, SNAPSHOT, RScript.ReturnType.MULTI,
                List.of(key(saleId, "units"), key(saleId, "attempts")));
        List<AttemptRecord> queued = new ArrayList<>();
        for (int i = 3; i + 1 < out.size(); i += 2) {
            AttemptRecord record = AttemptRecord.parse(String.valueOf(out.get(i)), String.valueOf(out.get(i + 1)));
            if (record.status() == AttemptStatus.QUEUED) queued.add(record);
        }
        return new GateSnapshot(number(out.get(0)), queued, number(out.get(1)), number(out.get(2)));
    }

    @Override
    public boolean adjustUnits(long saleId, int expected, int delta) {
        Long applied = script().eval(key(saleId, "meta"), RScript.Mode.READ_WRITE, ADJUST, RScript.ReturnType.INTEGER,
                List.of(key(saleId, "units")), String.valueOf(expected), String.valueOf(delta));
        return applied == 1;
    }

    @Override
    public void endAt(long saleId, Instant at) {
        script().eval(key(saleId, "meta"), RScript.Mode.READ_WRITE, END_AT, RScript.ReturnType.INTEGER,
                List.of(key(saleId, "meta")), String.valueOf(at.toEpochMilli()));
    }

    @Override
    public void expireAfter(long saleId, Duration ttl) {
        script().eval(key(saleId, "meta"), RScript.Mode.READ_WRITE, EXPIRE, RScript.ReturnType.INTEGER,
                List.of(key(saleId, "meta"), key(saleId, "units"), key(saleId, "users"), key(saleId, "attempts"),
                        key(saleId, "payloads")), String.valueOf(ttl.toMillis()));
    }

    @Override
    public int remaining(long saleId) {
        String units = redisson.<String>getBucket(key(saleId, "units"), StringCodec.INSTANCE).get();
        return units == null ? -1 : Integer.parseInt(units);
    }

    private static int number(Object value) { return ((Number) value).intValue(); }

    private RScript script() { return redisson.getScript(StringCodec.INSTANCE); }
}
