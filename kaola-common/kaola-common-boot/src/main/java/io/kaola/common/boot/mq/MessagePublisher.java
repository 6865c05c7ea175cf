package io.kaola.common.boot.mq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.rocketmq.client.common.ClientErrorCode;
import org.apache.rocketmq.client.exception.MQClientException;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.client.producer.SendResult;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.common.message.Message;

import java.nio.charset.StandardCharsets;

/**
 * Sends JSON messages synchronously. Use it only for what is already committed
 * (after the transaction, from an outbox relay, or for best-effort notices such as
 * cache invalidation); for "state change + message" atomicity use a RocketMQ
 * transactional message or an outbox row.
 */
public class MessagePublisher {
    /** Sends that find no topic route are tried this often, 250 ms more apart each time (2.5 s in all). */
    private static final int ROUTE_ATTEMPTS = 5;

    private final DefaultMQProducer producer;
    private final ObjectMapper json;

    public MessagePublisher(DefaultMQProducer producer, ObjectMapper json) {
        this.producer = producer;
        this.json = json;
    }

    /**
     * @param topic   topic name
     * @param key     business number used as the message key (searchable, dedup key for consumers)
     * @param payload a record, sent as JSON
     * @throws IllegalStateException when the broker did not store the message
     */
    public SendResult send(String topic, String key, Object payload) {
        return send(toMessage(json, topic, key, payload));
    }

    /**
     * Sends a prepared message (e.g. with a delay level). A send that finds no route for the topic is tried again a
     * few times within about 3 s: a route can be briefly missing while the broker is new or the client's route
     * table is being refreshed ("No route info of this topic", docs/stack.md); any other failure is not retried here
     * (the producer already retries sending to another queue).
     *
     * @throws IllegalStateException when the broker did not store the message
     */
    public SendResult send(Message message) {
        String what = message.getTopic() + " key " + message.getKeys();
        for (int attempt = 1; ; attempt++) {
            try {
                SendResult result = producer.send(message);
                if (result.getSendStatus() != SendStatus.SEND_OK) {
                    throw new IllegalStateException("send to " + what + " ended " + result.getSendStatus());
                }
                return result;
            } catch (IllegalStateException e) {
                throw e;
            } catch (MQClientException e) {
                if (e.getResponseCode() != ClientErrorCode.NOT_FOUND_TOPIC_EXCEPTION || attempt >= ROUTE_ATTEMPTS) {
                    throw new IllegalStateException("send to " + what + " failed: " + e.getMessage(), e);
                }
                pause(attempt * 250L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("send to " + what + " interrupted", e);
            } catch (Exception e) {
                throw new IllegalStateException("send to " + what + " failed: " + e.getMessage(), e);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a topic route", e);
        }
    }

    /** @return a RocketMQ message with a JSON body and {@code key} as its keys */
    public static Message toMessage(ObjectMapper json, String topic, String key, Object payload) {
        try {
            Message message = new Message(topic, json.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8));
            message.setKeys(key);
            return message;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode " + payload.getClass().getSimpleName(), e);
        }
    }

    /** @return the underlying producer, for transactional producers' shared settings */
    public DefaultMQProducer producer() { return producer; }
}
