package io.kaola.gateway.auth;

import io.kaola.user.api.Role;

import java.util.Set;

/**
 * Who sent a request, as its verified access token says. Controllers take it as a parameter.
 *
 * @param userId the user (the buyer id of their orders)
 * @param email  login email
 * @param roles  SHOPPER, and OPS for ops staff
 */
public record Caller(long userId, String email, Set<Role> roles) {
    /** Request attribute under which {@link AuthInterceptor} leaves the caller. */
    public static final String ATTRIBUTE = Caller.class.getName();

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** @return true when the caller may use the admin API */
    public boolean isOps() { return roles.contains(Role.OPS); }
}
