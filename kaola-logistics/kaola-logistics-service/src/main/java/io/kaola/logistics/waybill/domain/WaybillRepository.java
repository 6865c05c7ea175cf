package io.kaola.logistics.waybill.domain;

import io.kaola.logistics.api.WaybillStatus;

import java.time.Instant;
import java.util.Optional;

/** Waybills; status writes are guarded by the status they leave. */
public interface WaybillRepository {

    /** @return true when inserted, false when the order already has a waybill (then nothing changed) */
    boolean insert(Waybill waybill);

    Optional<Waybill> findByOrderNo(String orderNo);

    Optional<Waybill> findByLogisticsNo(String logisticsNo);

    /**
     * @param at the shipping time, written only when moving to SHIPPED
     * @return true when the waybill was still {@code from} (the move won)
     */
    boolean move(String orderNo, WaybillStatus from, WaybillStatus to, Instant at);
}
