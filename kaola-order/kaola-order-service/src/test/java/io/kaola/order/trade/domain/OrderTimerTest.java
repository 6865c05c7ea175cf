package io.kaola.order.trade.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OrderTimerTest {
    private static final List<Duration> LEVELS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(30));
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private static OrderTimer dueIn(Duration d) {
        return new OrderTimer(OrderTimer.Kind.PAYMENT_TIMEOUT, "7341051200042", 42, NOW.plus(d));
    }

    @Test
    void picks_the_longest_level_that_does_not_pass_the_due_time() {
        assertThat(dueIn(Duration.ofMinutes(30)).levelFor(NOW, LEVELS)).isEqualTo(6);
        assertThat(dueIn(Duration.ofSeconds(20)).levelFor(NOW, LEVELS)).isEqualTo(3);   // 10 s, then again
        assertThat(dueIn(Duration.ofSeconds(5)).levelFor(NOW, LEVELS)).isEqualTo(2);
        assertThat(dueIn(Duration.ofHours(7)).levelFor(NOW, LEVELS)).isEqualTo(6);      // re-sent on arrival
    }

    @Test
    void a_timer_due_in_less_than_the_shortest_level_waits_the_shortest() {
        assertThat(dueIn(Duration.ofMillis(300)).levelFor(NOW, LEVELS)).isEqualTo(1);
        assertThat(dueIn(Duration.ofSeconds(-3)).levelFor(NOW, LEVELS)).isEqualTo(1);
    }

    @Test
    void is_due_at_and_after_its_time_only() {
        OrderTimer timer = dueIn(Duration.ofSeconds(20));
        assertThat(timer.isDue(NOW)).isFalse();
        assertThat(timer.isDue(NOW.plusSeconds(20))).isTrue();
        assertThat(timer.isDue(NOW.plusSeconds(21))).isTrue();
        assertThat(timer.key()).isEqualTo("7341051200042:PAYMENT_TIMEOUT");
    }
}
