package io.kaola.common.boot.mq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
        try {
            Message message = toMessage(json, topic, key, payload);
            SendResult result = producer.send(message);
            if (result.getSendStatus() != SendStatus.SEND_OK) {
                throw new IllegalStateException("send to " + topic + " key " + key + " ended " + result.getSendStatus());
            }
            return result;
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("send to " + topic + " key " + key + " failed: " + e.getMessage(), e);
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
