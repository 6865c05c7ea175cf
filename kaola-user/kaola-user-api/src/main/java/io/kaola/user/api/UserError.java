package io.kaola.user.api;

import io.kaola.common.error.ErrorCode;
import io.kaola.common.error.ErrorKind;

/** Refusals of kaola-user; codes are "USER_" + name(), listed in docs/errors.md. */
public enum UserError implements ErrorCode {
    EMAIL_TAKEN(ErrorKind.CONFLICT, "Email already registered"),
    INVALID_EMAIL(ErrorKind.INVALID, "Invalid email"),
    WEAK_PASSWORD(ErrorKind.INVALID, "Password too weak"),
    BAD_CREDENTIALS(ErrorKind.UNAUTHENTICATED, "Wrong email or password"),
    NOT_FOUND(ErrorKind.NOT_FOUND, "User not found"),
    ID_NUMBER_MALFORMED(ErrorKind.INVALID, "Identity number malformed"),
    ID_NUMBER_BAD_DATE(ErrorKind.INVALID, "Identity number has an impossible birth date"),
    ID_NUMBER_BAD_REGION(ErrorKind.INVALID, "Identity number has an unknown region"),
    ID_NUMBER_BAD_CHECK_DIGIT(ErrorKind.INVALID, "Identity number check digit wrong"),
    NAME_INVALID(ErrorKind.INVALID, "Real name invalid"),
    IDENTITY_MISMATCH(ErrorKind.CONFLICT, "Name and identity number do not match"),
    IDENTITY_ALREADY_VERIFIED(ErrorKind.CONFLICT, "Identity already verified"),
    IDENTITY_PROVIDER_UNAVAILABLE(ErrorKind.UNAVAILABLE, "Identity check unavailable, retry later"),
    QUOTA_RESERVATION_NOT_FOUND(ErrorKind.NOT_FOUND, "No quota reservation for this order"),
    INVALID_QUOTA_RESTORE(ErrorKind.INVALID, "Invalid quota restore"),
    ADDRESS_NOT_FOUND(ErrorKind.NOT_FOUND, "Address not found"),
    INVALID_ADDRESS(ErrorKind.INVALID, "Invalid address"),
    ADDRESS_BOOK_FULL(ErrorKind.CONFLICT, "Address book full");

    private final ErrorKind kind;
    private final String title;

    UserError(ErrorKind kind, String title) { this.kind = kind; this.title = title; }

    @Override public String prefix() { return "USER"; }
    @Override public ErrorKind kind() { return kind; }
    @Override public String title() { return title; }
}
