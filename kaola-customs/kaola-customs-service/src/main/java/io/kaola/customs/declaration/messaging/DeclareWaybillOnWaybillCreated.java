package io.kaola.customs.declaration.messaging;

import io.kaola.common.boot.mq.KaolaMessageListener;
import io.kaola.customs.declaration.application.CollectInputs;
import io.kaola.logistics.api.WaybillCreated;
import org.springframework.stereotype.Component;

/** Collects the waybill for its declaration (CEB511, on behalf of the logistics company). */
@Component
public class DeclareWaybillOnWaybillCreated implements KaolaMessageListener<WaybillCreated> {
    private final CollectInputs inputs;

    public DeclareWaybillOnWaybillCreated(CollectInputs inputs) { this.inputs = inputs; }

    @Override public String topic() { return WaybillCreated.TOPIC; }
    @Override public String consumerGroup() { return "customs-declares-waybill"; }
    @Override public Class<WaybillCreated> payloadType() { return WaybillCreated.class; }

    @Override
    public void onMessage(WaybillCreated event, String key) { inputs.waybillCreated(event); }
}
