package io.kaola.inventory.reservation.infrastructure;

import io.kaola.inventory.api.ReservationStatus;
import io.kaola.inventory.reservation.domain.Reservation;
import io.kaola.inventory.reservation.domain.ReservationLine;
import io.kaola.inventory.reservation.domain.ReservationRepository;
import io.kaola.inventory.reservation.domain.RestockedUnits;
import org.springframework.stereotype.Repository;

import java.util.List;

/**
 * {@link ReservationRepository} on MariaDB through {@link ReservationMapper}: header (with its hold, if any) plus lines,
 * and the lines of its restocks.
 */
@Repository
public class MyBatisReservationRepository implements ReservationRepository {
    private final ReservationMapper mapper;

    public MyBatisReservationRepository(ReservationMapper mapper) { this.mapper = mapper; }

    @Override
    public Reservation find(String orderNo) {
        return withLines(mapper.findByOrderNo(orderNo));
    }

    @Override
    public Reservation reloadLocked(String orderNo) {
        return withLines(mapper.lockByOrderNo(orderNo));
    }

    @Override
    public void create(Reservation reservation) {
        mapper.insert(reservation.orderNo(), reservation.warehouseCode(), reservation.status(), reservation.holdId());
        mapper.insertLines(reservation.orderNo(), reservation.lines());
    }

    @Override
    public boolean moveStatus(String orderNo, ReservationStatus from, ReservationStatus to) {
        return mapper.moveStatus(orderNo, from, to) == 1;
    }

    @Override
    public List<RestockedUnits> restocksOf(String orderNo) {
        return mapper.findRestockLines(orderNo);
    }

    @Override
    public void recordRestock(String orderNo, String restockKey, List<ReservationLine> lines) {
        mapper.insertRestockLines(orderNo, restockKey, lines);
    }

    private Reservation withLines(ReservationMapper.ReservationRow row) {
        if (row == null) return null;
        return new Reservation(row.orderNo(), row.warehouseCode(), row.status(), mapper.findLinesByOrderNo(row.orderNo()),
                row.holdId());
    }
}
