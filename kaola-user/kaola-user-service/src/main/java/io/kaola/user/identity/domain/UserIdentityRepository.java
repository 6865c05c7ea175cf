package io.kaola.user.identity.domain;

import java.util.Optional;

/** Where verified identities are kept (already encrypted by the caller); one per account. */
public interface UserIdentityRepository {

    /**
     * Stores an account's verified identity.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the account already has an identity
     */
    void add(VerifiedIdentity identity);

    /** @return the account's verified identity, if any */
    Optional<VerifiedIdentity> findByUserId(long userId);
}
