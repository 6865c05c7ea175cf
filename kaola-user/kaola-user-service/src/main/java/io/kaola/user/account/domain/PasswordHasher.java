package io.kaola.user.account.domain;

/** One-way password hashing (bcrypt in production). */
public interface PasswordHasher {

    /** @return the hash to store for an acceptable password (see {@link PasswordPolicy}) */
    String hash(String password);

    /**
     * Compares a login attempt with a stored hash. When there is no account ({@code hash} null) it still
     * spends the time of one comparison, so that response time does not reveal which emails have accounts.
     *
     * @param password what was typed, may be null
     * @param hash     the stored hash, null for an unknown email
     * @return true only for a stored hash that matches
     */
    boolean matches(String password, String hash);
}
