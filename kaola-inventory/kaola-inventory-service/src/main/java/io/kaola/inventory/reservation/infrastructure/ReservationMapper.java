package io.kaola.inventory.reservation.infrastructure;

import io.kaola.inventory.api.ReservationStatus;
import io.kaola.inventory.reservation.domain.ReservationLine;
import io.kaola.inventory.reservation.domain.RestockedUnits;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.util.List;

/** Statements on {@code reservation}, {@code reservation_line} and {@code restock_line} (mapper/ReservationMapper.xml). */
@Mapper
public interface ReservationMapper {

    /** Header of one reservation; holdId is null unless a flash order took its units from a stock hold. */
    record ReservationRow(String orderNo, String warehouseCode, ReservationStatus status, String holdId) {}

    /** @return the header, or null */
    ReservationRow findByOrderNo(@Param("orderNo") String orderNo);

    /** @return the current header, locked until the transaction ends (bypasses the read view), or null */
    ReservationRow lockByOrderNo(@Param("orderNo") String orderNo);

    /** @return the lines sorted by skuCode */
    List<ReservationLine> findLinesByOrderNo(@Param("orderNo") String orderNo);

    /** @throws org.springframework.dao.DuplicateKeyException when the order already has a reservation */
    void insert(@Param("orderNo") String orderNo, @Param("warehouseCode") String warehouseCode,
                @Param("status") ReservationStatus status, @Param("holdId") String holdId);

    void insertLines(@Param("orderNo") String orderNo, @Param("lines") List<ReservationLine> lines);

    /** Moves the status only if it is still {@code from}. @return 1 if moved, 0 if it had changed */
    int moveStatus(@Param("orderNo") String orderNo, @Param("from") ReservationStatus from,
                   @Param("to") ReservationStatus to);

    /** @return the restock lines of the order (as of the statement under READ COMMITTED) */
    List<RestockedUnits> findRestockLines(@Param("orderNo") String orderNo);

    /** @throws org.springframework.dao.DuplicateKeyException when (order, restockKey, sku) exists */
    void insertRestockLines(@Param("orderNo") String orderNo, @Param("restockKey") String restockKey,
                            @Param("lines") List<ReservationLine> lines);
}
