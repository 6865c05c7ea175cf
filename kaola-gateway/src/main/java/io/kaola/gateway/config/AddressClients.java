package io.kaola.gateway.config;

import io.kaola.user.api.AddressBookService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * kaola-user's address book, behind /api/me/addresses. The reads are retried on another provider; no write is
 * (none takes an idempotency key: a repeated create adds a second entry, a repeated delete answers 404, and a
 * repeated update or makeDefault could undo the caller's own later change from another device).
 */
@Configuration
public class AddressClients {
    @Bean
    @DubboReference(check = false, timeout = 5000, retries = 0, methods = {
            @Method(name = "list", timeout = 3000, retries = 2),
            @Method(name = "get", timeout = 3000, retries = 2)})
    public ReferenceBean<AddressBookService> addressBookService() { return new ReferenceBeanBuilder().build(); }
}
