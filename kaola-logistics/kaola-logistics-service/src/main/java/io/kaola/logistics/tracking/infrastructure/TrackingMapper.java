package io.kaola.logistics.tracking.infrastructure;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

/** Statements on {@code parcel} and {@code tracking_event} (SQL: mapper/TrackingMapper.xml). */
@Mapper
public interface TrackingMapper {

    /** @return 1 when created, 0 when the parcel exists */
    int insertParcelIgnore(@Param("logisticsNo") String logisticsNo, @Param("orderNo") String orderNo,
                           @Param("buyerId") long buyerId);

    /** Locks the row until the transaction ends. */
    ParcelRow lockParcel(String logisticsNo);

    ParcelRow findParcel(String logisticsNo);

    /** Guarded by the status it leaves (NULL-safe). */
    int updateParcel(@Param("logisticsNo") String logisticsNo, @Param("fromStatus") String fromStatus,
                     @Param("status") String status, @Param("progress") String progress,
                     @Param("statusAt") Instant statusAt);

    TrackingEventRow findEvent(@Param("logisticsNo") String logisticsNo, @Param("code") String code,
                               @Param("eventTime") Instant eventTime);

    /** @return 1 when recorded, 0 when (waybill, code, time) is there already */
    int insertEventIgnore(TrackingEventRow row);

    /** Oldest first; equal times in the order they were recorded. */
    List<TrackingEventRow> events(String logisticsNo);
}
