package io.kaola.user.config;

import io.kaola.common.crypto.IdentityCipher;
import io.kaola.user.identity.application.IdentityProviderGuard;
import io.kaola.user.identity.domain.BlindIndex;
import io.kaola.user.quota.domain.AnnualQuota;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The identity cipher, the blind index and the clock (Asia/Shanghai) of kaola-user, and the guard that refuses to
 * start without an identity-verification provider.
 */
@Configuration(proxyBeanMethods = false)
public class IdentityConfiguration {
    private static final Logger log = LoggerFactory.getLogger(IdentityConfiguration.class);

    /** Static: a bean factory post-processor runs before this configuration is instantiated. */
    @Bean
    static IdentityProviderGuard identityProviderGuard() { return new IdentityProviderGuard(); }

    /** @throws IllegalArgumentException (the start fails) on a malformed key ring */
    @Bean
    IdentityCipher identityCipher(IdentityProperties properties) {
        if (isBlank(properties.keys())) {
            log.warn("kaola.identity.keys (KAOLA_IDENTITY_KEYS) is not set: identity numbers are encrypted with a random"
                    + " key for this run only and cannot be read after a restart. Set it outside development.");
            return IdentityCipher.fromConfig("dev:" + IdentityCipher.randomKeyBase64(), "dev");
        }
        return IdentityCipher.fromConfig(properties.keys(), properties.currentKey());
    }

    /** @throws IllegalArgumentException (the start fails) on a malformed index key */
    @Bean
    BlindIndex blindIndex(IdentityProperties properties) {
        if (isBlank(properties.indexKey())) {
            log.warn("kaola.identity.index-key (KAOLA_IDENTITY_INDEX_KEY) is not set: identity keys (the quota keys) and"
                    + " sandbox pairs use a random key for this run only. Set it outside development and never change it.");
            return BlindIndex.fromBase64(IdentityCipher.randomKeyBase64());
        }
        return BlindIndex.fromBase64(properties.indexKey());
    }

    /** Today's date for birth dates and the quota year are read in China's time zone. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() { return Clock.system(AnnualQuota.CHINA); }

    private static boolean isBlank(String s) { return s == null || s.isBlank(); }
}
