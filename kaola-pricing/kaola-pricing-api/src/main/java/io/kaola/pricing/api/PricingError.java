package io.kaola.pricing.api;

import io.kaola.common.error.ErrorCode;
import io.kaola.common.error.ErrorKind;

/** Refusals of kaola-pricing; codes are "PRICING_" + name(), listed in docs/errors.md. */
public enum PricingError implements ErrorCode {
    NO_FX_RATE(ErrorKind.CONFLICT, "No exchange rate"),
    INVALID_QUOTE(ErrorKind.INVALID, "Invalid price request"),
    INVALID_FX_RATE(ErrorKind.INVALID, "Invalid exchange rate"),
    UNKNOWN_TAX_CATEGORY(ErrorKind.CONFLICT, "Unknown tax category"),
    INVALID_TAX_CATEGORY(ErrorKind.INVALID, "Invalid tax category"),
    INVALID_SHIPPING_RULE(ErrorKind.INVALID, "Invalid shipping rule"),
    INVALID_PROMOTION(ErrorKind.INVALID, "Invalid promotion");

    private final ErrorKind kind;
    private final String title;

    PricingError(ErrorKind kind, String title) { this.kind = kind; this.title = title; }

    @Override public String prefix() { return "PRICING"; }
    @Override public ErrorKind kind() { return kind; }
    @Override public String title() { return title; }
}
