package io.kaola.user.api;

import io.kaola.common.error.KaolaException;

/**
 * Accounts and credentials. The gateway turns a successful {@link #authenticate}
 * into a JWT; services never see passwords otherwise.
 */
public interface UserService {

    /**
     * Creates a shopper account. Not idempotent: a second call with the same email fails.
     * @return the new user with role SHOPPER
     * @throws KaolaException USER_INVALID_EMAIL, USER_WEAK_PASSWORD (400), USER_EMAIL_TAKEN (409)
     */
    UserView register(RegisterRequest request) throws KaolaException;

    /**
     * Checks an email and password (bcrypt).
     * @return the user
     * @throws KaolaException USER_BAD_CREDENTIALS (401) for an unknown email or a wrong password alike
     */
    UserView authenticate(LoginRequest request) throws KaolaException;

    /**
     * @param userId user id
     * @return the user
     * @throws KaolaException USER_NOT_FOUND (404)
     */
    UserView findById(long userId) throws KaolaException;
}
