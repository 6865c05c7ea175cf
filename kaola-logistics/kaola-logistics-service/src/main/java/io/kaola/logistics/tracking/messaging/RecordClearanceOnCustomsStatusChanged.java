package io.kaola.logistics.tracking.messaging;

import io.kaola.common.boot.mq.KaolaMessageListener;
import io.kaola.customs.api.CustomsStatusChanged;
import io.kaola.logistics.tracking.application.RecordCustomsMilestone;
import org.springframework.stereotype.Component;

/**
 * Topic customs-status-changed, group {@value #GROUP}: records the milestone in tracking and, on RELEASED, ships
 * ({@link RecordCustomsMilestone}). Idempotent: the event is recorded once; shipping is idempotent.
 */
@Component
public class RecordClearanceOnCustomsStatusChanged implements KaolaMessageListener<CustomsStatusChanged> {
    public static final String GROUP = "logistics-records-clearance";

    private final RecordCustomsMilestone recordCustomsMilestone;

    public RecordClearanceOnCustomsStatusChanged(RecordCustomsMilestone recordCustomsMilestone) {
        this.recordCustomsMilestone = recordCustomsMilestone;
    }

    @Override public String topic() { return CustomsStatusChanged.TOPIC; }

    @Override public String consumerGroup() { return GROUP; }

    @Override public Class<CustomsStatusChanged> payloadType() { return CustomsStatusChanged.class; }

    @Override
    public void onMessage(CustomsStatusChanged change, String key) { recordCustomsMilestone.record(change, key); }
}
