package io.kaola.common.error;

/**
 * What kind of refusal an error is. The gateway maps the kind to an HTTP status
 * (RFC 9110 §15): INVALID 400, UNAUTHENTICATED 401, FORBIDDEN 403, NOT_FOUND 404,
 * CONFLICT 409, UNPROCESSABLE 422 (well-formed but cannot be done as sent, e.g. an idempotency key reused
 * with another body), TOO_MANY_REQUESTS 429, UNAVAILABLE 503.
 */
public enum ErrorKind {
    INVALID(400), UNAUTHENTICATED(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409),
    UNPROCESSABLE(422), TOO_MANY_REQUESTS(429), UNAVAILABLE(503);

    private final int httpStatus;

    ErrorKind(int httpStatus) { this.httpStatus = httpStatus; }

    /** @return the HTTP status code for this kind */
    public int httpStatus() { return httpStatus; }
}
