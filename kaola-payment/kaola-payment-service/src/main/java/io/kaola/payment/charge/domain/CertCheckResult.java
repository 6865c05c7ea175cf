package io.kaola.payment.charge.domain;

/**
 * The provider's real-name check of the payer against the buyer (订购人) it was given when the payment was
 * opened, as WeChat Pay's {@code cert_check_result}. DIFFERENT blocks the order: the buyer must pay
 * (docs/cross-border.md §3; 财关税〔2016〕18号).
 */
public enum CertCheckResult {
    /** The payer is the buyer. */
    SAME,
    /** Someone else paid. */
    DIFFERENT
}
