package io.kaola.common.boot.mq;

import io.kaola.common.deadletter.DeadLetterError;
import io.kaola.common.deadletter.DeadLetterFilter;
import io.kaola.common.deadletter.DeadLetterService;
import io.kaola.common.deadletter.DeadLetterStatus;
import io.kaola.common.deadletter.DeadLetterTransition;
import io.kaola.common.deadletter.DeadLetterView;
import io.kaola.common.deadletter.IdentityNumberMask;
import io.kaola.common.error.CommonError;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.common.state.Step;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.client.producer.SendResult;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.common.MixAll;
import org.apache.rocketmq.common.message.Message;
import org.apache.rocketmq.common.message.MessageClientExt;
import org.apache.rocketmq.common.message.MessageConst;
import org.apache.rocketmq.common.message.MessageExt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

/**
 * The dead-letter desk of this service ({@link DeadLetterService}): records what {@code %DLQ%<group>} receives
 * (once per group and message id, body masked) and lets ops replay or discard it, audited (who, when).
 * <p>Replay publishes a new message with the stored body and key to {@code %RETRY%<group>}, the retry topic of
 * the group that failed (its push consumer subscribes to it automatically), with the original topic in the
 * {@code RETRY_TOPIC} property, so the listener sees its own topic and no other group gets the message again.
 * The guarded NEW→REPLAYED write and the send happen in one transaction: a concurrent second replay waits for the
 * row, then finds it REPLAYED and publishes nothing; a send the broker refuses rolls the write back (still NEW).
 */
public class DeadLetterDesk implements DeadLetterService {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterDesk.class);
    private static final int MAX_ACTOR = 128;

    private final DeadLetterStore store;
    private final DefaultMQProducer producer;
    private final Clock clock;

    /**
     * @param store    this service's dead_letter table; null when the service has no database (desk off)
     * @param producer the app's started producer (replays)
     * @param clock    for the audit time
     */
    public DeadLetterDesk(DeadLetterStore store, DefaultMQProducer producer, Clock clock) {
        this.store = store;
        this.producer = producer;
        this.clock = clock;
    }

    /** @return the store (tests) */
    DeadLetterStore store() { return store; }

    /** @return whether the desk records (it has a store and the table exists) */
    public boolean available() { return store != null && store.available(); }

    /**
     * Records one message of {@code %DLQ%<group>}.
     *
     * @param group         the failing consumer group
     * @param listenerTopic the listener's topic (used when the message does not carry its origin)
     * @param message       the dead message
     * @return the id of its row
     */
    public long record(String group, String listenerTopic, MessageExt message) {
        String msgId = message.getMsgId();
        String origin = message.getProperty(MessageConst.PROPERTY_RETRY_TOPIC);
        String topic = origin != null && !origin.startsWith(MixAll.RETRY_GROUP_TOPIC_PREFIX) ? origin : listenerTopic;
        String raw = new String(message.getBody(), StandardCharsets.UTF_8);
        String body = IdentityNumberMask.maskAll(raw);
        Instant born = Instant.ofEpochMilli(message.getBornTimestamp());
        Instant dead = message.getStoreTimestamp() > 0 ? Instant.ofEpochMilli(message.getStoreTimestamp()) : clock.instant();
        boolean inserted = store.record(group, msgId, topic, message.getKeys(), body, !body.equals(raw),
                message instanceof MessageClientExt client ? client.getOffsetMsgId() : null, born, dead, message.getReconsumeTimes());
        DeadLetterView row = store.find(group, msgId).orElseThrow();
        if (inserted) {
            log.error("DEAD-LETTER recorded id={} group={} topic={} key={} msgId={}", row.id(), group, topic,
                    message.getKeys(), msgId);
        }
        return row.id();
    }

    @Override
    public Page<DeadLetterView> list(DeadLetterFilter filter, PageRequest page) {
        requireOn();
        return store.list(filter == null ? DeadLetterFilter.any() : filter, page);
    }

    @Override
    public DeadLetterView replay(long id, String actor) {
        requireOn();
        String who = actor(actor);
        return store.transactions().execute(tx -> {
            DeadLetterView letter = load(id);
            Step<DeadLetterStatus> step = DeadLetterTransition.LIFECYCLE.decide(letter.status(), DeadLetterTransition.REPLAY);
            if (step.refused()) throw step.exception();
            if (step.stays()) return letter;
            Instant now = clock.instant();
            // the guarded write first: it locks the row, so a concurrent replay waits and then stays
            if (!store.settle(id, step.from(), step.to(), who, now)) {
                DeadLetterView now2 = load(id);
                Step<DeadLetterStatus> again = DeadLetterTransition.LIFECYCLE.decide(now2.status(), DeadLetterTransition.REPLAY);
                if (again.refused()) throw again.exception();
                return now2;
            }
            String replayMsgId = publish(letter, originalBody(letter));
            store.replayedAs(id, replayMsgId);
            log.warn("DEAD-LETTER replayed id={} group={} key={} by={} replayMsgId={}", id, letter.consumerGroup(),
                    letter.key(), who, replayMsgId);
            return load(id);
        });
    }

    @Override
    public DeadLetterView discard(long id, String actor) {
        requireOn();
        String who = actor(actor);
        DeadLetterView letter = load(id);
        Step<DeadLetterStatus> step = DeadLetterTransition.LIFECYCLE.decide(letter.status(), DeadLetterTransition.DISCARD);
        if (step.refused()) throw step.exception();
        if (step.stays()) return letter;
        if (!store.settle(id, step.from(), step.to(), who, clock.instant())) {
            DeadLetterView now = load(id);
            Step<DeadLetterStatus> again = DeadLetterTransition.LIFECYCLE.decide(now.status(), DeadLetterTransition.DISCARD);
            if (again.refused()) throw again.exception();
            return now;
        }
        log.warn("DEAD-LETTER discarded id={} group={} key={} by={}", id, letter.consumerGroup(), letter.key(), who);
        return load(id);
    }

    /**
     * @return the body to replay: the stored one when nothing was masked in it, else the dead message's own body,
     *         read back from the broker's %DLQ% topic (the table never holds a full identity number)
     */
    private byte[] originalBody(DeadLetterView letter) {
        DeadLetterStore.StoredBody stored = store.storedBody(letter.id());
        if (!stored.masked()) return letter.body().getBytes(StandardCharsets.UTF_8);
        try {
            MessageExt dead = producer.viewMessage(MixAll.DLQ_GROUP_TOPIC_PREFIX + letter.consumerGroup(), stored.offsetMsgId());
            return dead.getBody();
        } catch (Exception e) {
            throw DeadLetterError.DESK_UNAVAILABLE.exception("dead letter " + letter.id() + " carries a masked identity "
                    + "number and the broker no longer gives its original body (" + e.getMessage() + "); it is still NEW: "
                    + "replay is impossible, discard it and repair by hand");
        }
    }

    /** @return the new message's id */
    private String publish(DeadLetterView letter, byte[] body) {
        Message message = new Message(MixAll.RETRY_GROUP_TOPIC_PREFIX + letter.consumerGroup(), body);
        if (letter.key() != null) message.setKeys(letter.key());
        message.putUserProperty("KAOLA_REPLAY_OF", letter.msgId());
        MessageAccessorBridge.setRetryTopic(message, letter.topic());
        SendResult result;
        try {
            result = producer.send(message);
        } catch (Exception e) {
            throw DeadLetterError.DESK_UNAVAILABLE.exception("the broker did not take the replay of dead letter "
                    + letter.id() + " (" + e.getMessage() + "); it is still NEW, try again");
        }
        if (result.getSendStatus() != SendStatus.SEND_OK) {
            throw DeadLetterError.DESK_UNAVAILABLE.exception("the replay of dead letter " + letter.id() + " ended "
                    + result.getSendStatus() + "; it is still NEW, try again");
        }
        return result.getMsgId();
    }

    private DeadLetterView load(long id) {
        return store.find(id).orElseThrow(() -> DeadLetterError.NOT_FOUND.exception(
                "no dead letter " + id + " in " + store.application()));
    }

    private void requireOn() {
        if (!available()) {
            throw DeadLetterError.DESK_UNAVAILABLE.exception("the dead-letter desk of this service is off: "
                    + "it has no database or its database has no dead_letter table");
        }
    }

    private static String actor(String actor) {
        if (actor == null || actor.isBlank()) throw CommonError.INVALID_REQUEST.exception("the actor (who acts) is required");
        String trimmed = actor.strip();
        return trimmed.length() > MAX_ACTOR ? trimmed.substring(0, MAX_ACTOR) : trimmed;
    }

    /** RocketMQ's MessageAccessor is internal API; the property name is public ({@link MessageConst}). */
    private static final class MessageAccessorBridge {
        static void setRetryTopic(Message message, String topic) {
            org.apache.rocketmq.common.message.MessageAccessor.putProperty(message, MessageConst.PROPERTY_RETRY_TOPIC, topic);
        }
    }
}
