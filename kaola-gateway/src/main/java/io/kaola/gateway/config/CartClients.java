package io.kaola.gateway.config;

import io.kaola.order.api.CartService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** kaola-order's cart. The read is retried on another provider; changes are not (an add is not idempotent). */
@Configuration
public class CartClients {
    @Bean
    @DubboReference(check = false, timeout = 5000, retries = 0, methods = {
            @Method(name = "cart", timeout = 5000, retries = 2)})
    public ReferenceBean<CartService> cartService() { return new ReferenceBeanBuilder().build(); }
}
