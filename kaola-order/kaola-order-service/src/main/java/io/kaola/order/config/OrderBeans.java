package io.kaola.order.config;

import io.kaola.common.id.IdGenerator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The wiring of kaola-order: its settings ({@link OrderProperties}) and the plain objects the use cases need. The
 * sharded DataSource is wired beside its adapter (trade/infrastructure/sharding/OrderDataSourceConfiguration).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OrderProperties.class)
public class OrderBeans {

    /** Order sequence ids; the worker id must differ between running instances (KAOLA_ORDER_WORKER_ID). */
    @Bean
    public IdGenerator orderIds(OrderProperties properties) { return new IdGenerator(properties.workerId()); }

    @Bean
    public Clock clock() { return Clock.systemUTC(); }
}
