package io.kaola.logistics.api;

import io.kaola.common.error.ErrorCode;
import io.kaola.common.error.ErrorKind;

/** Refusals of kaola-logistics; codes are "LOGISTICS_" + name(), listed in docs/errors.md. */
public enum LogisticsError implements ErrorCode {
    /** No waybill for the order (or it belongs to another buyer). */
    WAYBILL_NOT_FOUND(ErrorKind.NOT_FOUND, "Waybill not found"),
    /** A carrier push whose signature does not verify: nothing was recorded. */
    BAD_SIGNATURE(ErrorKind.FORBIDDEN, "Carrier push signature invalid"),
    /** A carrier push that is not the carrier's form (fields missing, RequestData not its JSON). */
    MALFORMED_PUSH(ErrorKind.INVALID, "Malformed carrier push"),
    /** A push or a request for a carrier this deployment does not know. */
    UNKNOWN_CARRIER(ErrorKind.NOT_FOUND, "Unknown carrier"),
    /** The carrier refused or failed to issue a waybill or take a shipment; retried by the consumer. */
    CARRIER_UNAVAILABLE(ErrorKind.UNAVAILABLE, "Carrier unavailable, retry later"),
    /** An invalid carrier-sandbox script (e.g. a negative delay). */
    INVALID_SCRIPT(ErrorKind.INVALID, "Invalid carrier sandbox script"),
    /** The waybill's transition table refuses the move (WaybillTransition.LIFECYCLE), e.g. shipping a cancelled one. */
    ILLEGAL_TRANSITION(ErrorKind.CONFLICT, "Waybill cannot make this move");

    private final ErrorKind kind;
    private final String title;

    LogisticsError(ErrorKind kind, String title) { this.kind = kind; this.title = title; }

    @Override public String prefix() { return "LOGISTICS"; }
    @Override public ErrorKind kind() { return kind; }
    @Override public String title() { return title; }
}
