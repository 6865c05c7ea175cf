package io.kaola.logistics.returns.infrastructure;

import io.kaola.logistics.tracking.domain.ReturnParcel;
import io.kaola.logistics.tracking.domain.ReturnParcels;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** {@link ReturnParcels} from return_waybill (through {@link ReturnShipmentMapper}). */
@Component
public class ReturnShipmentParcels implements ReturnParcels {
    private final ReturnShipmentMapper mapper;

    public ReturnShipmentParcels(ReturnShipmentMapper mapper) { this.mapper = mapper; }

    @Override
    public Optional<ReturnParcel> findByLogisticsNo(String logisticsNo) {
        return Optional.ofNullable(mapper.findByLogisticsNo(logisticsNo))
                .map(r -> new ReturnParcel(r.orderNo(), r.buyerId(), r.logisticsNo(), r.returnId()));
    }
}
