package io.kaola.gateway.auth;

import io.kaola.gateway.config.GatewayProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.security.SecureRandom;
import java.time.Clock;

/** The token issuer/verifier, keyed by KAOLA_JWT_SECRET or, failing that, by a key made at start. */
@Configuration
public class JwtConfiguration {
    private static final Logger log = LoggerFactory.getLogger(JwtConfiguration.class);

    @Bean
    public JwtTokens jwtTokens(GatewayProperties properties) {
        String secret = properties.jwtSecret();
        if (secret == null || secret.isBlank()) {
            log.warn("KAOLA_JWT_SECRET is not set: using a random key, so access tokens will not survive a restart "
                    + "nor work across gateway instances");
            byte[] key = new byte[JwtTokens.MIN_SECRET_BYTES];
            new SecureRandom().nextBytes(key);
            return new JwtTokens(key, properties.accessTokenTtl(), properties.jwtIssuer(), properties.jwtAudience(),
                    Clock.systemUTC());
        }
        try {
            return new JwtTokens(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), properties.accessTokenTtl(),
                    properties.jwtIssuer(), properties.jwtAudience(), Clock.systemUTC());
        } catch (IllegalArgumentException tooShort) {
            throw new IllegalStateException("KAOLA_JWT_SECRET (kaola.gateway.jwt-secret) must have at least "
                    + JwtTokens.MIN_SECRET_BYTES + " bytes", tooShort);
        }
    }
}
