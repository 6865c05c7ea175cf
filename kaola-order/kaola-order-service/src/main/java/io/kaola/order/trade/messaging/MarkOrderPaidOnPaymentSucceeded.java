package io.kaola.order.trade.messaging;

import io.kaola.common.boot.mq.KaolaMessageListener;
import io.kaola.order.trade.application.MarkOrderPaid;
import io.kaola.payment.api.PaymentSucceeded;
import org.springframework.stereotype.Component;

/**
 * Topic payment-succeeded, group order-marks-paid: unpacks and delegates to {@link MarkOrderPaid}.
 * Throwing (the inventory deduction failed) makes RocketMQ redeliver; redelivery is safe because
 * MarkOrderPaid is idempotent on the order's state. Idempotency comes from the guarded status write,
 * not from the consumed_message inbox, which would live outside the sharded order tables.
 */
@Component
public class MarkOrderPaidOnPaymentSucceeded implements KaolaMessageListener<PaymentSucceeded> {
    public static final String GROUP = "order-marks-paid";

    private final MarkOrderPaid markOrderPaid;

    public MarkOrderPaidOnPaymentSucceeded(MarkOrderPaid markOrderPaid) { this.markOrderPaid = markOrderPaid; }

    @Override public String topic() { return PaymentSucceeded.TOPIC; }

    @Override public String consumerGroup() { return GROUP; }

    @Override public Class<PaymentSucceeded> payloadType() { return PaymentSucceeded.class; }

    @Override
    public void onMessage(PaymentSucceeded payment, String key) {
        markOrderPaid.apply(payment.orderNo(), payment.buyerId(), payment.paymentNo(), payment.amount(),
                payment.paidAt(), payment.providerTxnId());
    }
}
