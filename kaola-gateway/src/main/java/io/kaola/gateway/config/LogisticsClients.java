package io.kaola.gateway.config;

import io.kaola.logistics.api.CarrierCallbackService;
import io.kaola.logistics.api.CarrierSandboxAdminService;
import io.kaola.logistics.api.TrackingService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The kaola-logistics services the gateway calls (as {@link DubboClients}): tracking is a read and retried; a
 * carrier push and the sandbox script are writes and never retried.
 */
@Configuration
public class LogisticsClients {

    @Bean
    @DubboReference(check = false, timeout = 3000, retries = 2)
    public ReferenceBean<TrackingService> trackingService() { return new ReferenceBeanBuilder().build(); }

    /** acceptPush stores the push on the broker before answering. */
    @Bean
    @DubboReference(check = false, timeout = 5000, retries = 0)
    public ReferenceBean<CarrierCallbackService> carrierCallbackService() { return new ReferenceBeanBuilder().build(); }

    @Bean
    @DubboReference(check = false, timeout = 3000, retries = 0)
    public ReferenceBean<CarrierSandboxAdminService> carrierSandboxAdminService() {
        return new ReferenceBeanBuilder().build();
    }
}
