package io.kaola.user.api;

import java.io.Serializable;

/**
 * @param email    login email
 * @param password plain password
 */
public record LoginRequest(String email, String password) implements Serializable {
    @Override public String toString() { return "LoginRequest[email=" + email + ", password=***]"; }
}
