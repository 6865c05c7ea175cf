package io.kaola.common.risk;

import io.kaola.common.error.ErrorCode;
import io.kaola.common.error.ErrorKind;

/**
 * Refusals of the risk rules (风控, issue 13 §4; docs/governance.md#risk-control). The answer never says which list
 * or which value matched beyond the code: a blocked caller learns nothing to work around.
 */
public enum RiskError implements ErrorCode {
    /** The caller's user id or client IP (gateway), or the order's identity or address phone (kaola-order) is on the blocklist. */
    BLOCKED(ErrorKind.FORBIDDEN, "Refused by risk control"),
    /**
     * Order anti-spam: the address phone or the buyer's identity placed orders from more distinct accounts than the
     * rule allows within its window. Nothing was reserved.
     */
    ORDER_BURST(ErrorKind.TOO_MANY_REQUESTS, "Too many accounts ordering for this phone or identity"),
    /** Ops: the blocklist or a limit rule was changed by someone else between the read and the write; read and retry. */
    CONCURRENT_CHANGE(ErrorKind.CONFLICT, "Changed by someone else meanwhile");

    private final ErrorKind kind;
    private final String title;

    RiskError(ErrorKind kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    @Override public String prefix() { return "RISK"; }
    @Override public ErrorKind kind() { return kind; }
    @Override public String title() { return title; }
}
