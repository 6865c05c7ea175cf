package io.kaola.common.boot.mq;

import io.kaola.common.deadletter.DeadLetterService;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/**
 * The dead-letter desk of every app that has {@link KaolaMessageListener} beans: a {@link DeadLetterStore} on the
 * app's JdbcTemplate (unless the app declares its own, as kaola-order does on its first physical database), and
 * the {@link DeadLetterDesk}, exported as the Dubbo service {@link DeadLetterService} in the group
 * {@code spring.application.name}. {@code kaola.mq.dead-letters.enabled=false} turns it off (log only).
 */
@AutoConfiguration(after = {KaolaMqAutoConfiguration.class, JdbcTemplateAutoConfiguration.class})
@ConditionalOnBean({KaolaMessageListener.class, DefaultMQProducer.class})
@ConditionalOnProperty(prefix = "kaola.mq.dead-letters", name = "enabled", havingValue = "true", matchIfMissing = true)
public class DeadLetterAutoConfiguration {

    /** The store on the app's only JdbcTemplate. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JdbcTemplate.class)
    static class Store {
        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnSingleCandidate(JdbcTemplate.class)
        public DeadLetterStore deadLetterStore(JdbcTemplate jdbc, Environment env) {
            return new DeadLetterStore(jdbc, env.getProperty("spring.application.name", "kaola"));
        }
    }

    /** @return the desk, exported over Dubbo in the group of this application */
    @Bean
    @DubboService(interfaceClass = DeadLetterService.class, group = "${spring.application.name}")
    public DeadLetterDesk deadLetterDesk(ObjectProvider<DeadLetterStore> store, DefaultMQProducer producer,
                                         ObjectProvider<Clock> clock) {
        return new DeadLetterDesk(store.getIfAvailable(), producer, clock.getIfAvailable(Clock::systemUTC));
    }
}
