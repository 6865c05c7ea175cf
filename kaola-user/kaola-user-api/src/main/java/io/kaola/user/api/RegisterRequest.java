package io.kaola.user.api;

import java.io.Serializable;

/**
 * @param email       login email (trimmed, compared case-insensitively)
 * @param password    plain password, 10..72 characters (72: bcrypt's limit) and not easy to guess (kaola-user
 *                    PasswordPolicy: zxcvbn score >= 3), hashed before storage
 * @param displayName optional name shown to the user; defaults to the part of the email before '@'
 */
public record RegisterRequest(String email, String password, String displayName) implements Serializable {
    @Override public String toString() { return "RegisterRequest[email=" + email + ", password=***]"; }
}
