package io.kaola.gateway.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Gateway settings ({@code kaola.gateway.*}).
 *
 * @param jwtSecret      HMAC key for access tokens (env KAOLA_JWT_SECRET), at least 32 bytes in UTF-8;
 *                       blank: a random key per start (tokens die with the process and differ per instance)
 * @param accessTokenTtl lifetime of an access token, 2 hours by default
 * @param jwtIssuer      {@code iss} of issued tokens, required on every token (env KAOLA_JWT_ISSUER), default
 *                       {@value io.kaola.gateway.auth.JwtTokens#DEFAULT_ISSUER}
 * @param jwtAudience    {@code aud} of issued tokens, required on every token (env KAOLA_JWT_AUDIENCE), default
 *                       {@value io.kaola.gateway.auth.JwtTokens#DEFAULT_AUDIENCE}
 */
@ConfigurationProperties("kaola.gateway")
public record GatewayProperties(String jwtSecret, Duration accessTokenTtl, String jwtIssuer, String jwtAudience) {
    public GatewayProperties {
        if (accessTokenTtl == null) accessTokenTtl = Duration.ofHours(2);
        if (jwtIssuer == null || jwtIssuer.isBlank()) jwtIssuer = io.kaola.gateway.auth.JwtTokens.DEFAULT_ISSUER;
        if (jwtAudience == null || jwtAudience.isBlank()) jwtAudience = io.kaola.gateway.auth.JwtTokens.DEFAULT_AUDIENCE;
    }

    @Override public String toString() {
        return "GatewayProperties[accessTokenTtl=" + accessTokenTtl + ", jwtIssuer=" + jwtIssuer
                + ", jwtAudience=" + jwtAudience + "]";
    }
}
