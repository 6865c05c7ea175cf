package io.kaola.user.api;

import io.kaola.common.error.ErrorCode;
import io.kaola.common.error.ErrorKind;

/** Refusals of kaola-user; codes are "USER_" + name(), listed in docs/errors.md. */
public enum UserError implements ErrorCode {
    EMAIL_TAKEN(ErrorKind.CONFLICT, "Email already registered"),
    INVALID_EMAIL(ErrorKind.INVALID, "Invalid email"),
    WEAK_PASSWORD(ErrorKind.INVALID, "Password too weak"),
    BAD_CREDENTIALS(ErrorKind.UNAUTHENTICATED, "Wrong email or password"),
    NOT_FOUND(ErrorKind.NOT_FOUND, "User not found");

    private final ErrorKind kind;
    private final String title;

    UserError(ErrorKind kind, String title) { this.kind = kind; this.title = title; }

    @Override public String prefix() { return "USER"; }
    @Override public ErrorKind kind() { return kind; }
    @Override public String title() { return title; }
}
