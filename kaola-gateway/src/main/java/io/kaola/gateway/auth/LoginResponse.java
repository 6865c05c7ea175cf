package io.kaola.gateway.auth;

import io.kaola.user.api.UserView;

/**
 * @param accessToken the JWT to send as {@code Authorization: Bearer <accessToken>}
 * @param tokenType   always "Bearer"
 * @param expiresIn   seconds until the token expires
 * @param user        who logged in
 */
public record LoginResponse(String accessToken, String tokenType, long expiresIn, UserView user) {
    static LoginResponse of(AccessToken token, UserView user) {
        return new LoginResponse(token.value(), "Bearer", token.expiresInSeconds(), user);
    }
}
