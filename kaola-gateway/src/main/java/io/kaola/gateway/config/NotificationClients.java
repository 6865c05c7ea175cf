package io.kaola.gateway.config;

import io.kaola.user.api.NotificationService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** kaola-user's order notifications, read by GET /api/me/notifications (a read: retried on another provider). */
@Configuration
public class NotificationClients {
    @Bean
    @DubboReference(check = false, timeout = 3000, retries = 2)
    public ReferenceBean<NotificationService> notificationService() { return new ReferenceBeanBuilder().build(); }
}
