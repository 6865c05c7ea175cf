package io.kaola.logistics.waybill.infrastructure;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;

/** Statements on {@code waybill} (SQL: mapper/WaybillMapper.xml). */
@Mapper
public interface WaybillMapper {

    /** @return 1 when inserted, 0 when the order (or the number) already has a row */
    int insertIgnore(WaybillRow row);

    WaybillRow findByOrderNo(String orderNo);

    WaybillRow findByLogisticsNo(String logisticsNo);

    /** Guarded by the status the move leaves: 0 rows when the waybill is no longer {@code from}. */
    int moveStatus(@Param("orderNo") String orderNo, @Param("from") String from, @Param("to") String to,
                   @Param("shippedAt") Instant shippedAt);
}
