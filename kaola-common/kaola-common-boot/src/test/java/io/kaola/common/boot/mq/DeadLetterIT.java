package io.kaola.common.boot.mq;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.devinfra.TestInfra;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A message that keeps failing is retried, then lands in %DLQ%group and is logged at ERROR. */
class DeadLetterIT {

    record Ping(String text) {}

    @Test
    void a_message_that_keeps_failing_is_retried_then_dead_lettered_and_logged() throws Exception {
        TestInfra.start();
        TestInfra.createTopics("dlq-test");
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        ((Logger) LoggerFactory.getLogger(MessageListenerContainers.class)).addAppender(logs);

        AtomicInteger attempts = new AtomicInteger();
        List<String> delivered = new CopyOnWriteArrayList<>();
        KaolaMessageListener<Ping> poison = listener("dlq-test-poison", p -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("cannot apply " + p.text());
        });
        KaolaMessageListener<Ping> healthy = listener("dlq-test-healthy", p -> delivered.add(p.text()));
        ObjectMapper json = new ObjectMapper();
        MqProperties properties = new MqProperties(true, TestInfra.nameServer(), null, 1, 1000);
        MessageListenerContainers containers = new MessageListenerContainers(List.of(poison, healthy), properties, json, "dlq-it");
        DefaultMQProducer producer = new DefaultMQProducer("dlq-test-producer");
        producer.setNamesrvAddr(TestInfra.nameServer());
        producer.start();
        containers.start();
        try {
            new MessagePublisher(producer, json).send("dlq-test", "K-42", new Ping("hello"));

            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline && deadLetterLines(logs).isEmpty()) Thread.sleep(200);

            assertThat(deadLetterLines(logs)).hasSize(1).first().asString()
                    .contains("group=dlq-test-poison").contains("key=K-42").contains("hello");
            assertThat(attempts.get()).as("first delivery + 1 retry").isEqualTo(2);
            assertThat(delivered).containsExactly("hello");
        } finally {
            containers.stop();
            producer.shutdown();
        }
    }

    private static List<String> deadLetterLines(ListAppender<ILoggingEvent> logs) {
        return logs.list.stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.startsWith("DEAD-LETTER")).toList();
    }

    private static KaolaMessageListener<Ping> listener(String group, java.util.function.Consumer<Ping> body) {
        return new KaolaMessageListener<>() {
            @Override public String topic() { return "dlq-test"; }
            @Override public String consumerGroup() { return group; }
            @Override public Class<Ping> payloadType() { return Ping.class; }
            @Override public void onMessage(Ping payload, String key) { body.accept(payload); }
        };
    }
}
