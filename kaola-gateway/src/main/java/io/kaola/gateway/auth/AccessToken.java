package io.kaola.gateway.auth;

/**
 * A signed access token.
 *
 * @param value            the compact JWT
 * @param expiresInSeconds seconds until it expires
 */
public record AccessToken(String value, long expiresInSeconds) {}
