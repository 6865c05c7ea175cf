package io.kaola.user.account.domain;

import io.kaola.user.api.Role;

import java.time.Instant;
import java.util.Set;

/**
 * One account.
 *
 * @param id           database id, also the buyer id that shards orders; 0 before it is stored
 * @param email        login email
 * @param displayName  shown name
 * @param passwordHash bcrypt hash ("$2a$10$..."), never the password
 * @param roles        SHOPPER, plus OPS for ops staff
 * @param createdAt    registration time
 */
public record UserAccount(long id, EmailAddress email, DisplayName displayName, String passwordHash, Set<Role> roles,
                          Instant createdAt) {
    public UserAccount {
        roles = Set.copyOf(roles);
    }

    /** @return a new, not yet stored account */
    public static UserAccount open(EmailAddress email, DisplayName displayName, String passwordHash, Set<Role> roles,
                                   Instant now) {
        return new UserAccount(0, email, displayName, passwordHash, roles, now);
    }

    /** @return this account with the id the database gave it */
    public UserAccount withId(long newId) {
        return new UserAccount(newId, email, displayName, passwordHash, roles, createdAt);
    }
}
