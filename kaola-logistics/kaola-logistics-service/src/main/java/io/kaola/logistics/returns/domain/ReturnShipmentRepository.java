package io.kaola.logistics.returns.domain;

import java.util.Optional;

/** Return waybills. */
public interface ReturnShipmentRepository {

    /** @return true when inserted, false when the return id (or the number) already has a row (nothing changed) */
    boolean insert(ReturnShipment shipment);

    Optional<ReturnShipment> findByReturnId(String returnId);

    Optional<ReturnShipment> findByLogisticsNo(String logisticsNo);
}
