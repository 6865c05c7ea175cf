package io.kaola.gateway.config;

import io.kaola.common.deadletter.DeadLetterService;
import org.apache.dubbo.config.ReferenceConfig;
import org.apache.dubbo.rpc.model.ApplicationModel;
import org.apache.dubbo.rpc.model.ModuleModel;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Dubbo reference to {@link DeadLetterService} per service of {@link DeadLetterProperties#services()}, each in
 * the Dubbo group named after the service (how kaola-common-boot exports every service's desk). check=false and
 * no retries (replay and discard are writes): a service that is down answers with an RpcException, which the admin
 * API reports per service.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadLetterProperties.class)
public class DeadLetterClients {

    /** @return the desks by application name */
    @Bean
    public Desks deadLetterDesks(DeadLetterProperties properties, ObjectProvider<ModuleModel> module) {
        ModuleModel model = module.getIfAvailable(() -> ApplicationModel.defaultModel().getDefaultModule());
        Map<String, ReferenceConfig<DeadLetterService>> references = new LinkedHashMap<>();
        for (String service : properties.services()) {
            ReferenceConfig<DeadLetterService> reference = new ReferenceConfig<>(model);
            reference.setInterface(DeadLetterService.class);
            reference.setGroup(service);
            reference.setCheck(false);
            reference.setRetries(0);
            reference.setTimeout(properties.timeoutMs());
            references.put(service, reference);
        }
        return new Desks(references);
    }

    /** The references, each initialised on its first use. */
    public static final class Desks implements DisposableBean {
        private final Map<String, ReferenceConfig<DeadLetterService>> references;
        private final Map<String, DeadLetterService> proxies = new ConcurrentHashMap<>();

        Desks(Map<String, ReferenceConfig<DeadLetterService>> references) { this.references = references; }

        /** @return the configured services, in order */
        public List<String> services() { return List.copyOf(references.keySet()); }

        /** @return the desk of one service, empty when the service is not configured */
        public Optional<DeadLetterService> of(String service) {
            ReferenceConfig<DeadLetterService> reference = references.get(service);
            if (reference == null) return Optional.empty();
            return Optional.of(proxies.computeIfAbsent(service, s -> reference.get()));
        }

        @Override
        public void destroy() { references.values().forEach(ReferenceConfig::destroy); }
    }
}
