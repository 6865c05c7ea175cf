package io.kaola.logistics.waybill.application;

import io.kaola.common.error.KaolaException;
import io.kaola.common.state.Step;
import io.kaola.logistics.api.LogisticsError;
import io.kaola.logistics.api.WaybillStatus;
import io.kaola.logistics.carrier.application.Carriers;
import io.kaola.logistics.waybill.domain.Waybill;
import io.kaola.logistics.waybill.domain.WaybillRepository;
import io.kaola.logistics.waybill.domain.WaybillTransition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * After customs release (800) the bonded warehouse ships: the carrier is told to take the parcel, then the waybill
 * moves CREATED → SHIPPED. Called only on the customs RELEASED milestone: nothing ships before release. The carrier
 * call is idempotent and made on a repeat too, so a redelivery after a failed call still ships.
 */
@Component
public class ShipParcel {
    private static final Logger log = LoggerFactory.getLogger(ShipParcel.class);

    private final WaybillRepository waybills;
    private final Carriers carriers;

    public ShipParcel(WaybillRepository waybills, Carriers carriers) {
        this.waybills = waybills;
        this.carriers = carriers;
    }

    /**
     * @param orderNo    the released order
     * @param releasedAt the customs receipt's time
     * @return true when the parcel is (now or already) shipped; false when the table refuses (cancelled waybill)
     * @throws KaolaException LOGISTICS_WAYBILL_NOT_FOUND (retry: the waybill is being made),
     *         LOGISTICS_CARRIER_UNAVAILABLE
     */
    public boolean ship(String orderNo, Instant releasedAt) {
        Waybill waybill = waybills.findByOrderNo(orderNo).orElseThrow(() ->
                LogisticsError.WAYBILL_NOT_FOUND.exception("order " + orderNo + " has no waybill yet"));
        Step<WaybillStatus> step;
        try {
            step = WaybillTransition.SHIP.decideFor(orderNo, waybill.status());
        } catch (KaolaException refused) {
            log.warn("order {} released but not shipped: {}", orderNo, refused.getMessage());
            return false;
        }
        carriers.byCode(waybill.carrier()).ship(orderNo, waybill.logisticsNo());
        if (step.moves() && waybills.move(orderNo, step.from(), step.to(), releasedAt)) {
            log.info("order {} released: parcel {} handed to {}", orderNo, waybill.logisticsNo(), waybill.carrier());
        }
        return true;
    }
}
