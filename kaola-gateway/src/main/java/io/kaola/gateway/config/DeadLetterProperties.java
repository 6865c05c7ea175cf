package io.kaola.gateway.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The dead-letter desks the admin API merges ({@code kaola.gateway.dead-letters.*}).
 *
 * @param services  applications exporting DeadLetterService (Dubbo group = the application name); env
 *                  KAOLA_GATEWAY_DEADLETTERS_SERVICES, comma-separated; default the apps with RocketMQ listeners
 * @param timeoutMs per call; replay publishes to RocketMQ, so 5000 by default
 */
@ConfigurationProperties("kaola.gateway.dead-letters")
public record DeadLetterProperties(List<String> services, Integer timeoutMs) {
    /** The applications that consume RocketMQ messages today. */
    public static final List<String> DEFAULT_SERVICES =
            List.of("kaola-order", "kaola-product", "kaola-user", "kaola-customs", "kaola-logistics");

    public DeadLetterProperties {
        services = services == null || services.isEmpty() ? DEFAULT_SERVICES
                : services.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (timeoutMs == null) timeoutMs = 5000;
    }
}
