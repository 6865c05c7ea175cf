package io.kaola.gateway.grey;

import io.kaola.common.error.ErrorCode;
import io.kaola.common.error.ErrorKind;

/** Refusals of the grey-release ops API (docs/errors.md). */
public enum GreyReleaseError implements ErrorCode {
    /** Another ops changed the same rule between this one's read and write: read it again and retry. */
    CONCURRENT_CHANGE(ErrorKind.CONFLICT, "Changed by someone else at the same time");

    private final ErrorKind kind;
    private final String title;

    GreyReleaseError(ErrorKind kind, String title) { this.kind = kind; this.title = title; }

    @Override public String prefix() { return "GREY_RELEASE"; }
    @Override public ErrorKind kind() { return kind; }
    @Override public String title() { return title; }
}
