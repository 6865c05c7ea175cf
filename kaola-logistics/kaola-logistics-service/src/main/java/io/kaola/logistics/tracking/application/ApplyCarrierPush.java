package io.kaola.logistics.tracking.application;

import io.kaola.logistics.api.ParcelStatusChanged;
import io.kaola.logistics.carrier.application.Carriers;
import io.kaola.logistics.tracking.domain.CarrierPushReceived;
import org.springframework.stereotype.Component;

import java.util.List;

/** A stored carrier push: parsed by its carrier's adapter, then applied ({@link ApplyTrackingEvents}). */
@Component
public class ApplyCarrierPush {
    private final Carriers carriers;
    private final ApplyTrackingEvents apply;

    public ApplyCarrierPush(Carriers carriers, ApplyTrackingEvents apply) {
        this.carriers = carriers;
        this.apply = apply;
    }

    /** @return the statuses newly reached (or re-published on a redelivery) */
    public List<ParcelStatusChanged> apply(CarrierPushReceived push) {
        return apply.apply(push.pushId(), carriers.byCode(push.carrier()).parse(push.payload()));
    }
}
