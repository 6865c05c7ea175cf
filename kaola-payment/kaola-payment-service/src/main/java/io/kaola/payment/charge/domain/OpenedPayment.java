package io.kaola.payment.charge.domain;

import java.util.Objects;

/**
 * What a provider answers when a payment is opened: what the shopper needs to pay.
 *
 * @param payUrl     the provider's cashier page for the payment (sandbox: {@code …/sandbox/cashier/{paymentNo}};
 *                   Alipay: the signed alipay.trade.page.pay URL; WeChat Pay Native: the code_url to show as a QR code)
 * @param confirmUrl where the payer confirms, carrying a one-time token bound to this payment (sandbox:
 *                   {@code {payUrl}/confirm?token=…}); null for providers whose cashier page is the confirmation.
 *                   A secret for the shopper: never log or store it
 */
public record OpenedPayment(String payUrl, String confirmUrl) {
    public OpenedPayment {
        Objects.requireNonNull(payUrl, "payUrl");
    }

    @Override public String toString() { return "OpenedPayment[payUrl=" + payUrl + ", confirmUrl=***]"; }
}
