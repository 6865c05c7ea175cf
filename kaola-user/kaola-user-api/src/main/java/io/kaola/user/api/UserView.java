package io.kaola.user.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A user as other services and the gateway see it (never the password hash).
 *
 * @param userId      id (also the buyer id that shards orders)
 * @param email       login email, lower case
 * @param displayName name shown to the user
 * @param roles       SHOPPER, and OPS for ops staff
 * @param createdAt   registration time
 */
public record UserView(long userId, String email, String displayName, List<Role> roles, Instant createdAt)
        implements Serializable {
    /** @return true when this user has the OPS role */
    public boolean isOps() { return roles.contains(Role.OPS); }
}
