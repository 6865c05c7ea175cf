package io.kaola.user.account.domain;

import java.util.Optional;

/** Where accounts are kept; the email is unique. */
public interface UserAccountRepository {

    /**
     * Stores a new account.
     *
     * @return the account with the id the database gave it
     * @throws org.springframework.dao.DuplicateKeyException when the email already has an account
     */
    UserAccount add(UserAccount account);

    /** @return the account of the (normalised) email, if any */
    Optional<UserAccount> findByEmail(EmailAddress email);

    /** @return the account with this id, if any */
    Optional<UserAccount> findById(long id);
}
