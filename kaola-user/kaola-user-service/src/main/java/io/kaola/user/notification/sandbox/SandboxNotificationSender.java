package io.kaola.user.notification.sandbox;

import io.kaola.user.notification.application.NotificationSender;
import io.kaola.user.notification.domain.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the SMS/push provider, only with the {@code sandbox} profile: it "sends" by recording the message
 * in {@code sandbox_sent_notification}, once per idempotency key (a repeated key is accepted and not sent again,
 * as a real provider's business id works). {@link #failNext(int)} simulates an outage for tests and demos.
 */
@Component
@Profile("sandbox")
public class SandboxNotificationSender implements NotificationSender {
    private static final Logger log = LoggerFactory.getLogger(SandboxNotificationSender.class);

    private final SandboxNotificationMapper outbox;
    private final Clock clock;
    private final AtomicInteger failures = new AtomicInteger();

    public SandboxNotificationSender(SandboxNotificationMapper outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void send(Notification n) {
        if (failures.getAndUpdate(f -> Math.max(0, f - 1)) > 0) {
            throw new IllegalStateException("sandbox notification provider unavailable (simulated)");
        }
        if (outbox.insertIgnore(n.key(), n.userId(), n.title(), n.text(), Instant.now(clock)) == 1) {
            log.info("sandbox notification provider: sent {} to user {}", n.key(), n.userId());
        } else {
            log.info("sandbox notification provider: {} was sent before, not sent again", n.key());
        }
    }

    /** @param sends how many next sends fail (0: none) */
    public void failNext(int sends) { failures.set(sends); }

    /** @return the idempotency keys "sent" to a user, oldest first, each once */
    public List<String> sentTo(long userId) { return outbox.keysSentTo(userId); }
}
