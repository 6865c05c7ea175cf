package io.kaola.customs.declaration.messaging;

import io.kaola.common.boot.mq.KaolaMessageListener;
import io.kaola.customs.declaration.application.CollectInputs;
import io.kaola.payment.api.PaymentSucceeded;
import org.springframework.stereotype.Component;

/** Collects the payment for its declaration (CEB411, on behalf of the payment company). */
@Component
public class DeclarePaymentOnPaymentSucceeded implements KaolaMessageListener<PaymentSucceeded> {
    private final CollectInputs inputs;

    public DeclarePaymentOnPaymentSucceeded(CollectInputs inputs) { this.inputs = inputs; }

    @Override public String topic() { return PaymentSucceeded.TOPIC; }
    @Override public String consumerGroup() { return "customs-declares-payment"; }
    @Override public Class<PaymentSucceeded> payloadType() { return PaymentSucceeded.class; }

    @Override
    public void onMessage(PaymentSucceeded event, String key) { inputs.paymentSucceeded(event); }
}
