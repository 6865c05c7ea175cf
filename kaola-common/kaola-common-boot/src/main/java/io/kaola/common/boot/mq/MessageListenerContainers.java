package io.kaola.common.boot.mq;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.deadletter.IdentityNumberMask;
import org.apache.rocketmq.client.consumer.DefaultMQPushConsumer;
import org.apache.rocketmq.client.consumer.listener.ConsumeConcurrentlyStatus;
import org.apache.rocketmq.client.consumer.listener.MessageListenerConcurrently;
import org.apache.rocketmq.client.exception.MQClientException;
import org.apache.rocketmq.common.MixAll;
import org.apache.rocketmq.common.consumer.ConsumeFromWhere;
import org.apache.rocketmq.common.message.MessageExt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts one push consumer per {@link KaolaMessageListener} bean, plus one per
 * group on its dead-letter topic {@code %DLQ%<group>} that logs every dead
 * message at ERROR ("DEAD-LETTER group=... key=... body=...", identity numbers masked) and, when the
 * service has a dead-letter desk ({@link DeadLetterDesk}, table {@code dead_letter}), records it there for ops
 * to replay or discard (docs/dead-letters.md).
 */
public class MessageListenerContainers implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(MessageListenerContainers.class);

    private final List<KaolaMessageListener<?>> listeners;
    private final MqProperties properties;
    private final ObjectMapper json;
    private final String instanceName;
    private final DeadLetterDesk deadLetters;
    private final List<DefaultMQPushConsumer> consumers = new ArrayList<>();
    private volatile boolean running;

    /** Without a desk: dead letters are only logged. */
    public MessageListenerContainers(List<KaolaMessageListener<?>> listeners, MqProperties properties,
                                     ObjectMapper json, String instanceName) {
        this(listeners, properties, json, instanceName, null);
    }

    /**
     * @param deadLetters the desk that records dead letters, or null (log only); off when its table is missing
     */
    public MessageListenerContainers(List<KaolaMessageListener<?>> listeners, MqProperties properties,
                                     ObjectMapper json, String instanceName, DeadLetterDesk deadLetters) {
        this.listeners = listeners;
        this.properties = properties;
        this.json = json;
        this.instanceName = instanceName;
        this.deadLetters = deadLetters;
    }

    @Override
    public void start() {
        try {
            for (KaolaMessageListener<?> listener : listeners) {
                consumers.add(startConsumer(listener));
                consumers.add(startDeadLetterLogger(listener.consumerGroup(), listener.topic()));
            }
            running = true;
        } catch (MQClientException e) {
            stop();
            throw new IllegalStateException("cannot start RocketMQ consumers: " + e.getMessage(), e);
        }
    }

    private <T> DefaultMQPushConsumer startConsumer(KaolaMessageListener<T> listener) throws MQClientException {
        DefaultMQPushConsumer consumer = newConsumer(listener.consumerGroup());
        consumer.setMaxReconsumeTimes(properties.maxReconsumeTimes());
        consumer.subscribe(listener.topic(), "*");
        consumer.registerMessageListener((MessageListenerConcurrently) (messages, context) -> {
            for (MessageExt message : messages) {
                try {
                    T payload = json.readValue(message.getBody(), listener.payloadType());
                    listener.onMessage(payload, message.getKeys());
                } catch (Exception e) {
                    log.warn("consume failed group={} topic={} key={} attempt={}: {}", listener.consumerGroup(),
                            message.getTopic(), message.getKeys(), message.getReconsumeTimes() + 1, e.toString());
                    return ConsumeConcurrentlyStatus.RECONSUME_LATER;
                }
            }
            return ConsumeConcurrentlyStatus.CONSUME_SUCCESS;
        });
        startRunning(consumer);
        log.info("consuming topic={} group={}", listener.topic(), listener.consumerGroup());
        return consumer;
    }

    private DefaultMQPushConsumer startDeadLetterLogger(String group, String topic) throws MQClientException {
        DefaultMQPushConsumer consumer = newConsumer(group + "-dlq-log");
        consumer.subscribe(MixAll.DLQ_GROUP_TOPIC_PREFIX + group, "*");
        boolean desk = deadLetters != null && deadLetters.available();
        consumer.registerMessageListener((MessageListenerConcurrently) (messages, context) -> {
            for (MessageExt message : messages) {
                log.error("DEAD-LETTER group={} key={} msgId={} body={}", group, message.getKeys(), message.getMsgId(),
                        IdentityNumberMask.maskAll(new String(message.getBody(), StandardCharsets.UTF_8)));
                if (!desk) continue;
                try {
                    deadLetters.record(group, topic, message);
                } catch (RuntimeException e) {
                    log.warn("cannot record dead letter group={} msgId={}, retried: {}", group, message.getMsgId(), e.toString());
                    return ConsumeConcurrentlyStatus.RECONSUME_LATER;
                }
            }
            return ConsumeConcurrentlyStatus.CONSUME_SUCCESS;
        });
        startRunning(consumer);
        return consumer;
    }

    /**
     * Starts a consumer. RocketMQ marks it RUNNING and only then asks the name server for its topic's route; when
     * that one request times out (a name server slow at boot, or restarting), start() throws although the consumer
     * runs and learns the route at its next poll of the name server (kaola.mq.poll-name-server-interval-ms). That
     * case is logged and the consumer kept, so that an app does not fail to start because of one slow answer; any
     * other failure is thrown.
     */
    private static void startRunning(DefaultMQPushConsumer consumer) throws MQClientException {
        try {
            consumer.start();
        } catch (IllegalStateException e) {
            if (!(e.getCause() instanceof org.apache.rocketmq.remoting.exception.RemotingException)
                    || consumer.getDefaultMQPushConsumerImpl().getServiceState()
                    != org.apache.rocketmq.common.ServiceState.RUNNING) {
                throw e;
            }
            log.warn("group={}: the name server did not answer the first route request in time ({}); the consumer "
                    + "runs and picks the route up at its next poll", consumer.getConsumerGroup(), e.getCause().toString());
        }
    }

    private DefaultMQPushConsumer newConsumer(String group) {
        DefaultMQPushConsumer consumer = new DefaultMQPushConsumer(group);
        consumer.setNamesrvAddr(properties.nameServer());
        consumer.setInstanceName(instanceName);
        consumer.setPollNameServerInterval(properties.pollNameServerIntervalMs());
        consumer.setHeartbeatBrokerInterval(Math.min(30_000, properties.pollNameServerIntervalMs()));
        consumer.setConsumeFromWhere(ConsumeFromWhere.CONSUME_FROM_FIRST_OFFSET);
        consumer.setConsumeThreadMin(2);
        consumer.setConsumeThreadMax(4);
        return consumer;
    }

    @Override
    public void stop() {
        consumers.forEach(DefaultMQPushConsumer::shutdown);
        consumers.clear();
        running = false;
    }

    @Override public boolean isRunning() { return running; }

    /** Start after Dubbo and the data sources, stop before them. */
    @Override public int getPhase() { return Integer.MAX_VALUE - 100; }
}
