package io.kaola.promotion.seckill;

import io.kaola.promotion.seckill.domain.Admission;
import io.kaola.promotion.seckill.domain.AttemptRecord;
import io.kaola.promotion.seckill.domain.GateSnapshot;
import io.kaola.promotion.seckill.domain.FlashSaleWindow;
import io.kaola.promotion.seckill.infrastructure.RedisSeckillGate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flash sale's admission script on the real Redis (database 1, as the other tests): the window, the one-time
 * token, the per-user limit and the units are decided and taken in one atomic step, so no number of concurrent
 * attempts takes more units than the sale has, or more than a buyer may.
 */
class SeckillGateIT {
    private static final AtomicLong SALES = new AtomicLong(System.currentTimeMillis());
    private static RedissonClient redisson;
    private static RedisSeckillGate gate;

    @BeforeAll
    static void connect() {
        Config config = new Config();
        config.useSingleServer().setAddress("redis://" + env("KAOLA_REDIS_HOST", "127.0.0.1") + ":" + env("KAOLA_REDIS_PORT", "6379"))
                .setDatabase(1).setConnectionPoolSize(32).setConnectionMinimumIdleSize(4);
        redisson = Redisson.create(config);
        gate = new RedisSeckillGate(redisson);
    }

    @AfterAll
    static void disconnect() { redisson.shutdown(); }

    @Test
    void twenty_thousand_attempts_of_two_thousand_buyers_on_one_hundred_units_take_exactly_one_hundred() throws Exception {
        long sale = warmed(100, 1);
        Instant now = Instant.now();
        Map<Admission, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        Set<Long> winners = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<?>> buyers = new ArrayList<>();
        try {
            for (long buyer = 1; buyer <= 2_000; buyer++) {
                long user = buyer;
                buyers.add(pool.submit(() -> {
                    for (int attempt = 0; attempt < 10; attempt++) {
                        String token = gate.issueToken(sale, user, Duration.ofSeconds(30));
                        Admission a = gate.admit(sale, user, token, UUID.randomUUID().toString(), "{}", now);
                        outcomes.computeIfAbsent(a, k -> new AtomicInteger()).incrementAndGet();
                        if (a.admitted()) assertThat(winners.add(user)).as("buyer " + user + " admitted twice").isTrue();
                    }
                    return null;
                }));
            }
            for (Future<?> b : buyers) b.get(5, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes.get(Admission.ADMITTED)).hasValue(100);
        assertThat(winners).hasSize(100);
        assertThat(outcomes.keySet()).containsOnly(Admission.ADMITTED, Admission.SOLD_OUT, Admission.LIMIT_REACHED);
        assertThat(outcomes.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(20_000);
        assertThat(gate.remaining(sale)).as("0 oversold, 0 left").isZero();
        int counted = 0;
        for (String taken : redisson.<String, String>getMap("kaola:{seckill:" + sale + "}:users", StringCodec.INSTANCE).readAllValues()) {
            counted += Integer.parseInt(taken);
        }
        assertThat(counted).isEqualTo(100);
        assertThat(redisson.getMap("kaola:{seckill:" + sale + "}:attempts", StringCodec.INSTANCE).size()).isEqualTo(100);
    }

    @Test
    void outside_the_window_without_a_valid_token_or_over_the_limit_nothing_is_taken() {
        long sale = SALES.incrementAndGet();
        Instant start = Instant.now().plus(Duration.ofMinutes(10));
        gate.warm(new FlashSaleWindow(sale, 5, 2, start, start.plus(Duration.ofHours(1))));
        long buyer = 7;
        assertThat(gate.admit(sale, buyer, gate.issueToken(sale, buyer, Duration.ofMinutes(5)), "a0", "{}", start.minusMillis(1)))
                .isEqualTo(Admission.NOT_STARTED);
        assertThat(gate.admit(sale, buyer, gate.issueToken(sale, buyer, Duration.ofMinutes(5)), "a1", "{}", start.plus(Duration.ofHours(1))))
                .isEqualTo(Admission.ENDED);
        assertThat(gate.admit(sale, buyer, null, "a2", "{}", start)).isEqualTo(Admission.BAD_TOKEN);
        gate.issueToken(sale, buyer, Duration.ofMinutes(5));
        assertThat(gate.admit(sale, buyer, "not-the-token", "a3", "{}", start)).isEqualTo(Admission.BAD_TOKEN);
        String token = gate.issueToken(sale, buyer, Duration.ofMinutes(5));
        assertThat(gate.admit(sale, buyer, token, "a4", "{}", start)).isEqualTo(Admission.ADMITTED);
        assertThat(gate.admit(sale, buyer, token, "a5", "{}", start)).as("a token admits one attempt").isEqualTo(Admission.BAD_TOKEN);
        assertThat(gate.admit(sale, buyer, gate.issueToken(sale, buyer, Duration.ofMinutes(5)), "a6", "{}", start)).isEqualTo(Admission.ADMITTED);
        assertThat(gate.admit(sale, buyer, gate.issueToken(sale, buyer, Duration.ofMinutes(5)), "a7", "{}", start)).isEqualTo(Admission.LIMIT_REACHED);
        assertThat(gate.remaining(sale)).isEqualTo(3);
        assertThat(gate.admit(SALES.incrementAndGet(), buyer, "x", "a8", "{}", start)).isEqualTo(Admission.UNKNOWN_SALE);
    }

    @Test
    void a_failed_order_gives_its_unit_and_the_buyers_count_back_once_and_warming_again_resets_nothing() {
        long sale = warmed(1, 1);
        Instant now = Instant.now();
        assertThat(gate.admit(sale, 1, gate.issueToken(sale, 1, Duration.ofMinutes(1)), "first", "{}", now)).isEqualTo(Admission.ADMITTED);
        assertThat(gate.admit(sale, 2, gate.issueToken(sale, 2, Duration.ofMinutes(1)), "second", "{}", now)).isEqualTo(Admission.SOLD_OUT);
        gate.warm(new FlashSaleWindow(sale, 1, 1, now.minusSeconds(60), now.plus(Duration.ofHours(1))));
        assertThat(gate.remaining(sale)).as("warming a running sale again does not refill it").isZero();

        assertThat(gate.giveBack(sale, "first", "TEST")).isTrue();
        assertThat(gate.giveBack(sale, "first", "TEST")).as("a redelivered failure").isFalse();
        assertThat(gate.giveBack(sale, "never-admitted", "TEST")).isFalse();
        assertThat(gate.remaining(sale)).isEqualTo(1);
        assertThat(gate.admit(sale, 1, gate.issueToken(sale, 1, Duration.ofMinutes(1)), "again", "{}", now))
                .as("the buyer's count came back too").isEqualTo(Admission.ADMITTED);
        assertThat(gate.remaining(sale)).isZero();
    }

    @Test
    void an_ordered_attempt_settles_once_and_the_snapshot_counts_units_and_attempts_of_one_moment() {
        long sale = warmed(3, 1);
        Instant now = Instant.now();
        assertThat(gate.admit(sale, 1, gate.issueToken(sale, 1, Duration.ofMinutes(1)), "o1", "{\"a\":1}", now)).isEqualTo(Admission.ADMITTED);
        assertThat(gate.admit(sale, 2, gate.issueToken(sale, 2, Duration.ofMinutes(1)), "o2", "{}", now)).isEqualTo(Admission.ADMITTED);
        assertThat(gate.payload(sale, "o1")).isEqualTo("{\"a\":1}");
        assertThat(gate.settleOrdered(sale, "o1", "KL-1")).isTrue();
        assertThat(gate.settleOrdered(sale, "o1", "KL-1")).as("a repeat of the same order").isTrue();
        assertThat(gate.giveBack(sale, "o1", "LATE")).as("an ordered attempt is not given back").isFalse();
        assertThat(gate.payload(sale, "o1")).as("settled: its payload is gone").isNull();
        assertThat(gate.attempt(sale, "o1").detail()).isEqualTo("KL-1");
        assertThat(gate.giveBack(sale, "o2", "CROSSBORDER_BUYER_NOT_VERIFIED")).isTrue();
        assertThat(gate.settleOrdered(sale, "o2", "KL-2")).as("a failed attempt is not ordered").isFalse();
        assertThat(gate.attempt(sale, "o2").detail()).isEqualTo("CROSSBORDER_BUYER_NOT_VERIFIED");
        assertThat(gate.admit(sale, 3, gate.issueToken(sale, 3, Duration.ofMinutes(1)), "o3", "{}", now)).isEqualTo(Admission.ADMITTED);

        GateSnapshot snapshot = gate.snapshot(sale);
        assertThat(snapshot.units()).isEqualTo(1);
        assertThat(snapshot.ordered()).isEqualTo(1);
        assertThat(snapshot.failed()).isEqualTo(1);
        assertThat(snapshot.queued()).extracting(AttemptRecord::attemptId).containsExactly("o3");

        assertThat(gate.adjustUnits(sale, 0, 1)).as("units are 1, not 0: decided on stale numbers").isFalse();
        assertThat(gate.adjustUnits(sale, 1, -5)).isTrue();
        assertThat(gate.remaining(sale)).as("never below 0").isZero();
        gate.endAt(sale, now.minusSeconds(1));
        assertThat(gate.admit(sale, 4, gate.issueToken(sale, 4, Duration.ofMinutes(1)), "o4", "{}", now)).isEqualTo(Admission.ENDED);
    }

    private static long warmed(int units, int perUserLimit) {
        long sale = SALES.incrementAndGet();
        Instant now = Instant.now();
        gate.warm(new FlashSaleWindow(sale, units, perUserLimit, now.minusSeconds(60), now.plus(Duration.ofHours(1))));
        return sale;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
