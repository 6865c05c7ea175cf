package io.kaola.user.identity.domain;

/**
 * The identity-verification service (in production the public security ID check, 公安部身份核验, through a
 * licensed provider; locally the sandbox in {@code io.kaola.user.identity.sandbox}, only with the {@code sandbox}
 * profile). A real provider is another implementation bean; without any, kaola-user refuses to start
 * ({@link io.kaola.user.identity.application.IdentityProviderGuard}).
 */
public interface IdentityProvider {

    /** What the provider says of a pair. */
    enum Answer { MATCH, MISMATCH }

    /**
     * @param name   a well-formed real name
     * @param number a well-formed identity number
     * @return MATCH when the pair belongs to a real person
     * @throws io.kaola.common.error.KaolaException USER_IDENTITY_PROVIDER_UNAVAILABLE when it cannot answer (retryable)
     */
    Answer check(RealName name, IdentityNumber number);
}
