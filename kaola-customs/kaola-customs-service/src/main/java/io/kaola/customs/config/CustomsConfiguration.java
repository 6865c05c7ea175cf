package io.kaola.customs.config;

import io.kaola.customs.declaration.domain.DeclarationBuilder;
import io.kaola.common.crypto.IdentityCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/** Clock, the identity cipher, the declaration builder with our codes, and the relay's scheduling. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class CustomsConfiguration {
    private static final Logger log = LoggerFactory.getLogger(CustomsConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() { return Clock.systemUTC(); }

    /** @throws IllegalArgumentException (the start fails) on a malformed key ring; never logs a key */
    @Bean
    public IdentityCipher declarationCipher(CustomsProperties properties) {
        String keys = properties.identity().keys();
        if (keys == null || keys.isBlank()) {
            log.warn("kaola.customs.identity.keys (KAOLA_CUSTOMS_IDENTITY_KEYS or KAOLA_IDENTITY_KEYS) is not set:"
                    + " stored declarations are encrypted with a random key for this run only. Set it outside development.");
            return IdentityCipher.fromConfig("dev:" + IdentityCipher.randomKeyBase64(), "dev");
        }
        return IdentityCipher.fromConfig(keys, properties.identity().currentKey());
    }

    @Bean
    public DeclarationBuilder declarationBuilder(CustomsProperties properties) {
        if (properties.platform() == null) throw new IllegalStateException("kaola.customs.platform.* is not configured");
        return new DeclarationBuilder(properties.platform());
    }
}
