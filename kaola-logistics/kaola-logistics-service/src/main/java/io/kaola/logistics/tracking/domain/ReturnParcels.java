package io.kaola.logistics.tracking.domain;

import java.util.Optional;

/**
 * The return waybills tracking applies pushes to (implemented by the returns feature's infrastructure), so that
 * tracking does not depend on that feature: a number that is no outbound waybill may be a return's.
 */
public interface ReturnParcels {

    /** @return the return waybill of this number, if one was booked */
    Optional<ReturnParcel> findByLogisticsNo(String logisticsNo);
}
