package io.kaola.common.error;

/** Refusals that belong to no single service. */
public enum CommonError implements ErrorCode {
    INVALID_REQUEST(ErrorKind.INVALID, "Invalid request"),
    UNAUTHENTICATED(ErrorKind.UNAUTHENTICATED, "Authentication required"),
    FORBIDDEN(ErrorKind.FORBIDDEN, "Not allowed"),
    NOT_FOUND(ErrorKind.NOT_FOUND, "Not found"),
    RATE_LIMITED(ErrorKind.TOO_MANY_REQUESTS, "Too many requests"),
    SERVICE_UNAVAILABLE(ErrorKind.UNAVAILABLE, "Service temporarily unavailable"),
    /** A feature switch (io.kaola.common.boot.governance.FeatureSwitch) is off: ops turned the feature off. */
    FEATURE_DISABLED(ErrorKind.UNAVAILABLE, "Feature turned off");

    private final ErrorKind kind;
    private final String title;

    CommonError(ErrorKind kind, String title) { this.kind = kind; this.title = title; }

    @Override public String prefix() { return "COMMON"; }
    @Override public ErrorKind kind() { return kind; }
    @Override public String title() { return title; }
}
