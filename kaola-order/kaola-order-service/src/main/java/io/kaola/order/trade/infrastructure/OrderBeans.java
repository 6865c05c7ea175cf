package io.kaola.order.trade.infrastructure;

import io.kaola.common.id.IdGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Plain objects the use cases need. */
@Configuration(proxyBeanMethods = false)
public class OrderBeans {

    /** Order sequence ids; the worker id must differ between running instances (KAOLA_ORDER_WORKER_ID). */
    @Bean
    public IdGenerator orderIds(OrderProperties properties) { return new IdGenerator(properties.workerId()); }

    @Bean
    public Clock clock() { return Clock.systemUTC(); }
}
