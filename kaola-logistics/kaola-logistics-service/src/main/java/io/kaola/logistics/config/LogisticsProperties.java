package io.kaola.logistics.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of kaola-logistics ({@code kaola.logistics.*}); the sandbox carrier's are {@link SandboxCarrierProperties}.
 *
 * @param carrier the carrier new waybills are requested from (env KAOLA_LOGISTICS_CARRIER), e.g. "sandbox"; blank:
 *                the only one configured
 */
@ConfigurationProperties("kaola.logistics")
public record LogisticsProperties(String carrier) {}
