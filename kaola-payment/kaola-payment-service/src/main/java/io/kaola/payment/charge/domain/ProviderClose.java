package io.kaola.payment.charge.domain;

/** What a provider answers when asked to close a payment (Alipay alipay.trade.close, WeChat Pay close-order). */
public enum ProviderClose {
    /** The payment can take no money any more (also when it was closed before, or never opened there). */
    CLOSED,
    /** Too late: the provider has taken the money; its notification will follow (or has arrived). */
    ALREADY_PAID
}
