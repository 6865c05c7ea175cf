package io.kaola.order.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.kaola.customs.api.CustomsMilestone;
import io.kaola.customs.api.CustomsStatusChanged;
import io.kaola.customs.api.RejectionKind;
import io.kaola.devinfra.TestInfra;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.standin.StatusChangesHeard;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.common.message.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Order ITs driven by the messages kaola-payment, kaola-customs and kaola-logistics send: a producer on the test
 * broker for the class, and a poll for what the messages should have done.
 */
abstract class MessageDrivenIT extends OrderItSupport {
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final Duration PATIENCE = Duration.ofSeconds(40);
    private static DefaultMQProducer producer;

    @Autowired StatusChangesHeard heard;

    @BeforeAll
    static void startProducer() throws Exception {
        producer = new DefaultMQProducer("order-it-producer");
        producer.setNamesrvAddr(TestInfra.nameServer());
        producer.setInstanceName("order-it-" + UUID.randomUUID());
        producer.start();
    }

    @AfterAll
    static void stopProducer() { producer.shutdown(); }

    static CustomsStatusChanged customs(String orderNo, long buyer, CustomsMilestone milestone, RejectionKind kind,
                                        int returnStatus, Instant at) {
        return new CustomsStatusChanged(orderNo, buyer, milestone, kind, returnStatus,
                "[Code:" + returnStatus + ";Desc:test]", at);
    }

    OrderStatus status(long buyer, String orderNo) { return orders.getOrder(buyer, orderNo).status(); }

    /** Sends {@code payload} as JSON with the key, as the services' publishers do. */
    static void send(String topic, String key, Object payload) throws Exception {
        Message message = new Message(topic, JSON.writeValueAsBytes(payload));
        message.setKeys(key);
        assertThat(producer.send(message).getSendStatus()).isEqualTo(SendStatus.SEND_OK);
    }

    /** Polls every 100 ms until the condition holds, at most 40 s. */
    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not within " + PATIENCE);
            Thread.sleep(100);
        }
    }
}
