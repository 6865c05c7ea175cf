package io.kaola.payment.charge.domain;

import io.kaola.common.money.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a provider's statement (its bill of a day: Alipay 账单, WeChat Pay 交易账单): money it took or gave back.
 *
 * @param type       PAYMENT (it took the money) or REFUND (it gave money back)
 * @param paymentNo  our payment number (out_trade_no), echoed by the provider
 * @param refundNo   our refund number (out_request_no / out_refund_no), null for a PAYMENT
 * @param providerId the provider's transaction id (PAYMENT) or refund id (REFUND)
 * @param amount     how much, minor units
 * @param at         when the provider took it (paid time) or refunded it, millisecond precision
 */
public record StatementEntry(Type type, String paymentNo, String refundNo, String providerId, Money amount, Instant at) {
    /** See {@link StatementEntry#type()}. */
    public enum Type { PAYMENT, REFUND }

    public StatementEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(paymentNo, "paymentNo");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(at, "at");
        if (type == Type.REFUND) Objects.requireNonNull(refundNo, "refundNo");
    }

    /** @return a PAYMENT line */
    public static StatementEntry payment(String paymentNo, String providerTxnId, Money amount, Instant at) {
        return new StatementEntry(Type.PAYMENT, paymentNo, null, providerTxnId, amount, at);
    }

    /** @return a REFUND line */
    public static StatementEntry refund(String paymentNo, String refundNo, String providerRefundId, Money amount,
                                        Instant at) {
        return new StatementEntry(Type.REFUND, paymentNo, refundNo, providerRefundId, amount, at);
    }
}
