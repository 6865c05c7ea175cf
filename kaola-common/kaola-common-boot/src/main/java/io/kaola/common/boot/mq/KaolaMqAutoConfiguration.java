package io.kaola.common.boot.mq;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.rocketmq.client.exception.MQClientException;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import java.lang.management.ManagementFactory;
import java.util.List;

/** Producer and listener containers for RocketMQ, on unless {@code kaola.mq.enabled=false}. */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@EnableConfigurationProperties(MqProperties.class)
@ConditionalOnProperty(prefix = "kaola.mq", name = "enabled", havingValue = "true", matchIfMissing = true)
public class KaolaMqAutoConfiguration {

    /** @return a started producer in group {@code kaola.mq.producer-group} or "&lt;app&gt;-producer" */
    @Bean(destroyMethod = "shutdown")
    @ConditionalOnMissingBean
    public DefaultMQProducer kaolaMqProducer(MqProperties properties, Environment env) throws MQClientException {
        String app = env.getProperty("spring.application.name", "kaola");
        String group = properties.producerGroup() != null ? properties.producerGroup() : app + "-producer";
        DefaultMQProducer producer = new DefaultMQProducer(group);
        producer.setNamesrvAddr(properties.nameServer());
        producer.setInstanceName(instanceName(app));
        producer.setPollNameServerInterval(properties.pollNameServerIntervalMs());
        producer.setSendMsgTimeout(3000);
        producer.setRetryTimesWhenSendFailed(2);
        producer.start();
        return producer;
    }

    @Bean
    @ConditionalOnMissingBean
    public MessagePublisher messagePublisher(DefaultMQProducer producer, ObjectMapper json) {
        return new MessagePublisher(producer, json);
    }

    @Bean
    public MessageListenerContainers messageListenerContainers(ObjectProvider<KaolaMessageListener<?>> listeners,
                                                               MqProperties properties, ObjectMapper json, Environment env,
                                                               ObjectProvider<DeadLetterDesk> deadLetters) {
        List<KaolaMessageListener<?>> all = listeners.orderedStream().toList();
        return new MessageListenerContainers(all, properties, json,
                instanceName(env.getProperty("spring.application.name", "kaola")), deadLetters.getIfAvailable());
    }

    /** One client instance per JVM and app, so two apps in one JVM (tests) do not share a client. */
    static String instanceName(String app) {
        return app + "@" + ManagementFactory.getRuntimeMXBean().getPid();
    }
}
