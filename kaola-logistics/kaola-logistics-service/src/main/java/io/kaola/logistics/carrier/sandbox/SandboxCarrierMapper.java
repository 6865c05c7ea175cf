package io.kaola.logistics.carrier.sandbox;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;

/** The sandbox carrier's ledger (SQL: mapper/SandboxCarrierMapper.xml). */
@Mapper
public interface SandboxCarrierMapper {

    /** @return 1 when inserted, 0 when the order already has a sandbox waybill */
    int insertIgnore(SandboxCarrierWaybillRow row);

    SandboxCarrierWaybillRow findByOrderNo(String orderNo);

    /** @return 1 the first time the waybill is shipped, 0 after (or for an unknown number) */
    int markShipped(@Param("logisticsNo") String logisticsNo, @Param("at") Instant at);

    /** @return 1 when booked, 0 when the return id is booked already */
    int insertReturnIgnore(SandboxCarrierReturnRow row);

    SandboxCarrierReturnRow findReturn(String returnId);
}
