package io.kaola.order.trade.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Something that must happen to an order at a time: close it when unpaid (PAYMENT_TIMEOUT), confirm its receipt
 * when delivered long enough ago (AUTO_CONFIRM). Carried by a RocketMQ delayed message (topic order-timer-due) that
 * is re-sent until the due time has come ({@link #levelFor}); acting on it is idempotent (the lifecycle table says
 * what a timer that finds the order elsewhere does).
 *
 * @param kind    what to do
 * @param orderNo the order
 * @param buyerId its buyer
 * @param dueAt   not before this time
 */
public record OrderTimer(Kind kind, String orderNo, long buyerId, Instant dueAt) {
    /** The topic of the delayed messages that carry timers. */
    public static final String TOPIC = "order-timer-due";

    /** The timers an order has. */
    public enum Kind { PAYMENT_TIMEOUT, AUTO_CONFIRM }

    public OrderTimer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(orderNo, "orderNo");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    /** @return the message key: {@code orderNo:kind} */
    public String key() { return orderNo + ":" + kind; }

    /** @return true when it is time to act ({@code now} at or after {@link #dueAt}) */
    public boolean isDue(Instant now) { return !now.isBefore(dueAt); }

    /**
     * The RocketMQ delay level to wait with: the longest level not longer than what is left, so the message never
     * arrives late by more than the broker's jitter; level 1 when even that is longer (the message then arrives up
     * to one level-1 delay late).
     *
     * @param now    the current time
     * @param levels the broker's delay table, level 1 first (durations increasing)
     * @return the level, 1-based
     */
    public int levelFor(Instant now, List<Duration> levels) {
        Duration left = Duration.between(now, dueAt);
        int level = 1;
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).compareTo(left) <= 0) level = i + 1;
        }
        return level;
    }
}
