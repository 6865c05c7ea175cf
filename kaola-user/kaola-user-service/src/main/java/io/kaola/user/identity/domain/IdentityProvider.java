package io.kaola.user.identity.domain;

/**
 * The identity-verification service (in production the public security ID check, 公安部身份核验, through a
 * licensed provider; here the sandbox in {@code io.kaola.user.identity.sandbox}). Another implementation bean
 * replaces the sandbox.
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
