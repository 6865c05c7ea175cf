package io.kaola.gateway.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Gateway settings ({@code kaola.gateway.*}).
 *
 * @param jwtSecret      HMAC key for access tokens (env KAOLA_JWT_SECRET), at least 32 bytes in UTF-8;
 *                       blank: a random key per start (tokens die with the process and differ per instance)
 * @param accessTokenTtl lifetime of an access token, 2 hours by default
 */
@ConfigurationProperties("kaola.gateway")
public record GatewayProperties(String jwtSecret, Duration accessTokenTtl) {
    public GatewayProperties {
        if (accessTokenTtl == null) accessTokenTtl = Duration.ofHours(2);
    }

    @Override public String toString() { return "GatewayProperties[accessTokenTtl=" + accessTokenTtl + "]"; }
}
