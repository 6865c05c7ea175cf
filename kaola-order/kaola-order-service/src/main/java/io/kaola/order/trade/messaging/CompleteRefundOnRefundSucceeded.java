package io.kaola.order.trade.messaging;

import io.kaola.common.boot.mq.KaolaMessageListener;
import io.kaola.order.trade.application.ManageReturns;
import io.kaola.order.trade.application.RefundOrder;
import io.kaola.payment.api.RefundSucceeded;
import org.springframework.stereotype.Component;

/**
 * Topic refund-succeeded, group {@value #GROUP}: a return's refund makes the return REFUNDED
 * ({@link ManageReturns#onRefundSucceeded}); the whole-order refund makes the order REFUNDED
 * ({@link RefundOrder#onRefundSucceeded}). Idempotent by the transition tables: a repeat stays.
 */
@Component
public class CompleteRefundOnRefundSucceeded implements KaolaMessageListener<RefundSucceeded> {
    public static final String GROUP = "order-completes-refund";

    private final RefundOrder refunds;
    private final ManageReturns returns;

    public CompleteRefundOnRefundSucceeded(RefundOrder refunds, ManageReturns returns) {
        this.refunds = refunds;
        this.returns = returns;
    }

    @Override public String topic() { return RefundSucceeded.TOPIC; }

    @Override public String consumerGroup() { return GROUP; }

    @Override public Class<RefundSucceeded> payloadType() { return RefundSucceeded.class; }

    @Override
    public void onMessage(RefundSucceeded refund, String key) {
        if (!returns.onRefundSucceeded(refund)) refunds.onRefundSucceeded(refund);
    }
}
