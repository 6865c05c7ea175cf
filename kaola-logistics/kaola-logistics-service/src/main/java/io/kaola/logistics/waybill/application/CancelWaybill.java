package io.kaola.logistics.waybill.application;

import io.kaola.common.error.KaolaException;
import io.kaola.common.state.Step;
import io.kaola.logistics.api.WaybillStatus;
import io.kaola.logistics.waybill.domain.WaybillRepository;
import io.kaola.logistics.waybill.domain.WaybillTransition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Customs rejected the order for quota or identity (cross-border.md §4.6): its waybill will never ship. */
@Component
public class CancelWaybill {
    private static final Logger log = LoggerFactory.getLogger(CancelWaybill.class);

    private final WaybillRepository waybills;

    public CancelWaybill(WaybillRepository waybills) { this.waybills = waybills; }

    /** @return true when the waybill is (now or already) cancelled; false without one or when it shipped */
    public boolean cancel(String orderNo) {
        WaybillStatus current = waybills.findByOrderNo(orderNo).map(w -> w.status()).orElse(null);
        try {
            Step<WaybillStatus> step = WaybillTransition.CANCEL.decideFor(orderNo, current);
            if (step.moves()) waybills.move(orderNo, step.from(), step.to(), null);
            return true;
        } catch (KaolaException refused) {
            log.warn("waybill of order {} not cancelled: {}", orderNo, refused.getMessage());
            return false;
        }
    }
}
