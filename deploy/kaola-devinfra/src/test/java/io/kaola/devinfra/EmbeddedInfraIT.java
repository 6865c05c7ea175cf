package io.kaola.devinfra;

import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryOneTime;
import org.apache.rocketmq.client.consumer.DefaultMQPushConsumer;
import org.apache.rocketmq.client.consumer.listener.ConsumeConcurrentlyStatus;
import org.apache.rocketmq.client.consumer.listener.MessageListenerConcurrently;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.common.message.Message;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedInfraIT {

    @Test void embedded_zookeeper_and_rocketmq_serve_clients() throws Exception {
        TestInfra.start();

        try (CuratorFramework zk = CuratorFrameworkFactory.newClient(TestInfra.zooKeeper(), new RetryOneTime(200))) {
            zk.start();
            zk.create().creatingParentsIfNeeded().forPath("/kaola/smoke", "ok".getBytes(StandardCharsets.UTF_8));
            assertThat(new String(zk.getData().forPath("/kaola/smoke"), StandardCharsets.UTF_8)).isEqualTo("ok");
        }

        List<String> received = new CopyOnWriteArrayList<>();
        DefaultMQPushConsumer consumer = new DefaultMQPushConsumer("smoke-consumer");
        consumer.setNamesrvAddr(TestInfra.nameServer());
        consumer.setPollNameServerInterval(1000);
        consumer.subscribe("payment-succeeded", "*");
        consumer.registerMessageListener((MessageListenerConcurrently) (messages, context) -> {
            messages.forEach(m -> received.add(m.getKeys()));
            return ConsumeConcurrentlyStatus.CONSUME_SUCCESS;
        });
        consumer.start();
        DefaultMQProducer producer = new DefaultMQProducer("smoke-producer");
        producer.setNamesrvAddr(TestInfra.nameServer());
        producer.start();
        try {
            Message message = new Message("payment-succeeded", "{}".getBytes(StandardCharsets.UTF_8));
            message.setKeys("P-1");
            assertThat(producer.send(message).getSendStatus()).isEqualTo(SendStatus.SEND_OK);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (received.isEmpty() && System.nanoTime() < deadline) Thread.sleep(100);
            assertThat(received).containsExactly("P-1");
        } finally {
            producer.shutdown();
            consumer.shutdown();
        }
    }
}
