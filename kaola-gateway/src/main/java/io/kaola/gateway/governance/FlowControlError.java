package io.kaola.gateway.governance;

import io.kaola.common.error.ErrorCode;
import io.kaola.common.error.ErrorKind;

/**
 * Refusals of Sentinel at the gateway and of the governance ops API (docs/errors.md). A flow or hot-parameter
 * limit is {@code COMMON_RATE_LIMITED} (429); these are the others.
 */
public enum FlowControlError implements ErrorCode {
    /** A circuit breaker (DegradeRule) is open on the resource: 503 with Retry-After, come back after its window. */
    DEGRADED(ErrorKind.UNAVAILABLE, "Temporarily degraded"),
    /** The system rule (load, average RT, concurrency, total QPS) refused the request: 503 with Retry-After. */
    OVERLOADED(ErrorKind.UNAVAILABLE, "Overloaded"),
    /** A rule given to the ops API is not one Sentinel accepts (its own validity checks): nothing was written. */
    INVALID_RULE(ErrorKind.INVALID, "Invalid Sentinel rule"),
    /** Another ops changed the same rules or switch between this one's read and write: read again and retry. */
    CONCURRENT_CHANGE(ErrorKind.CONFLICT, "Changed by someone else at the same time");

    private final ErrorKind kind;
    private final String title;

    FlowControlError(ErrorKind kind, String title) { this.kind = kind; this.title = title; }

    @Override public String prefix() { return "FLOW_CONTROL"; }
    @Override public ErrorKind kind() { return kind; }
    @Override public String title() { return title; }
}
