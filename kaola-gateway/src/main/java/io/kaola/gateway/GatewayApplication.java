package io.kaola.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * kaola-gateway: the only HTTP entry. Turns each request into one Dubbo call, checks JWTs,
 * writes every error as RFC 9457 problem+json, and serves the OpenAPI description. A Dubbo consumer only:
 * no @EnableDubbo, as there are no services to scan for (the Dubbo starter handles the references).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {
    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
