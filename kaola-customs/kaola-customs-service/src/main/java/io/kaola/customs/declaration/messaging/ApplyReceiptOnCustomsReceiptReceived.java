package io.kaola.customs.declaration.messaging;

import io.kaola.common.boot.mq.KaolaMessageListener;
import io.kaola.customs.api.CustomsReceiptReceived;
import io.kaola.customs.declaration.application.ApplyReceipt;
import org.springframework.stereotype.Component;

/** Applies the single window's receipts (once, never backwards; milestones published after the commit). */
@Component
public class ApplyReceiptOnCustomsReceiptReceived implements KaolaMessageListener<CustomsReceiptReceived> {
    private final ApplyReceipt apply;

    public ApplyReceiptOnCustomsReceiptReceived(ApplyReceipt apply) { this.apply = apply; }

    @Override public String topic() { return CustomsReceiptReceived.TOPIC; }
    @Override public String consumerGroup() { return "customs-applies-receipt"; }
    @Override public Class<CustomsReceiptReceived> payloadType() { return CustomsReceiptReceived.class; }

    @Override
    public void onMessage(CustomsReceiptReceived receipt, String key) { apply.apply(receipt); }
}
