package io.kaola.logistics.returns.infrastructure;

import org.apache.ibatis.annotations.Mapper;

/** Statements on {@code return_waybill} (SQL: mapper/ReturnShipmentMapper.xml). */
@Mapper
public interface ReturnShipmentMapper {

    /** @return 1 when inserted, 0 when the return id (or the number) already has a row */
    int insertIgnore(ReturnShipmentRow row);

    ReturnShipmentRow findByReturnId(String returnId);

    ReturnShipmentRow findByLogisticsNo(String logisticsNo);
}
